"""The desktop app's entry: the composition root (`app`) and the throw-away demo journal (`demo`)."""
