"""The form to log or edit a treatment session, with its side-effect checklist and red-flag guidance."""
