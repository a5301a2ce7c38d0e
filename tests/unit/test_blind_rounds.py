"""Which blind rounds a run scores (tools/blind_eval.py): `make test` takes the newest and
a sweep of the older, `make blind-all` every one."""

import pytest

from tools import blind_eval
from tools.blind_eval import pick_rounds

ROUNDS = list(range(1, 104))


def test_every_round_on_disk_is_found():
    found = blind_eval.available_rounds()
    assert found[0] == 1 and found == sorted(set(found))
    for round_ in found:
        visitors, spanish = blind_eval.set_files(round_)
        assert visitors.is_file() and spanish.is_file()


def test_the_newest_and_every_twentieth():
    assert pick_rounds(ROUNDS, newest=4, every=20, skip=[82]) == [1, 21, 41, 61, 81, 100, 101, 102, 103]


def test_all_less_the_skipped():
    picked = pick_rounds(ROUNDS, every_round=True, skip=[82])
    assert len(picked) == 102 and 82 not in picked


def test_named_rounds_and_the_default():
    assert pick_rounds(ROUNDS, named=[5, 3]) == [3, 5]
    assert pick_rounds(ROUNDS) == [1]
    assert pick_rounds(ROUNDS, skip=[82]) == [1]
    with pytest.raises(ValueError, match="104"):
        pick_rounds(ROUNDS, named=[104])


def test_the_command_line_prints_what_it_picked(capsys):
    with pytest.raises(SystemExit):  # no bot here: the unknown round stops it first
        blind_eval.main(["--round", "9999"])
    assert "9999" in capsys.readouterr().err
