"""The custom actions' names, as domain.yml lists them: the actions (``actions/``) answer to
them and the review (``chatbot/review/``) reads conversations by them. A unit test checks
them against the domain."""

ANSWER_CONDITION = "action_answer_condition"
ANSWER_FAQ = "action_answer_faq"
CRISIS = "action_crisis_response"
CRISIS_FOLLOW_UP = "action_crisis_follow_up"
EMERGENCY = "action_emergency_response"
EMERGENCY_FOLLOW_UP = "action_emergency_follow_up"
MEDICAL_SCOPE = "action_medical_scope"
CONTACT_THERAPIST = "action_contact_therapist"
ANSWER_PRIVACY = "action_answer_privacy"
SAY_WHAT_I_AM = "action_say_what_i_am"
LANGUAGE_NOTICE = "action_language_notice"
SESSION_START = "action_session_start"
FALLBACK = "action_fallback"
REPEAT_ANSWER = "action_repeat_answer"
ACKNOWLEDGE = "action_acknowledge"
RASA_DEFAULT_FALLBACK = "action_default_fallback"  # Rasa's own

CUSTOM = (ANSWER_CONDITION, ANSWER_FAQ, CRISIS, CRISIS_FOLLOW_UP, EMERGENCY,
          EMERGENCY_FOLLOW_UP, MEDICAL_SCOPE, CONTACT_THERAPIST,
          ANSWER_PRIVACY, SAY_WHAT_I_AM, LANGUAGE_NOTICE, SESSION_START, FALLBACK, REPEAT_ANSWER,
          ACKNOWLEDGE)  # fmt: skip
