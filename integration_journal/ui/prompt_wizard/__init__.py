"""The guided-prompt wizard: a dialog over core.prompt_session.PromptSitting, one prompt per page.

All decisions (which prompts, what an answer may be, drafts, the entry) live in the state machine;
this module shows a prompt, its hint and the input for its type, and moves on. Same-day mode uses
large type and taps only, with the pack's reminder not to drive or make big decisions.
"""

from integration_journal.ui.prompt_wizard.wizard import PromptWizard

__all__ = ["PromptWizard"]
