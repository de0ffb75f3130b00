"""What many tests share: clocks, typing and clicking as a person does, ready-made workspaces."""
