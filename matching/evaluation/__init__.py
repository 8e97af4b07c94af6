"""A graded evaluation set for match quality, and the code that scores it through the services."""
