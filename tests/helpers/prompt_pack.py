"""A therapist's prompt pack that the sharing tests send, through the service and through the CLI."""

PACK = {
    "schema_version": 1, "id": "dr-lee-sleep", "title": "Sleep and rest", "author": "Dr Lee", "version": 1,
    "phases": [{"id": "ongoing", "when": "Any evening", "prompts": [
        {"id": "sleep-01", "text": "What helped you rest this week?", "input": "short_text",
         "tags": ["core", "body"]}]}],
}
