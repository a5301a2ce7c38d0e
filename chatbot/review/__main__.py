import sys

from chatbot.review.cli import main

sys.exit(main())
