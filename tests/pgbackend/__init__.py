"""PostgreSQL for the test suite (config.settings_test): Django's backend, but a flush deletes."""
