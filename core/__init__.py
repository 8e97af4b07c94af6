"""What every app of ours shares: the audit trail, service errors and the update helper."""
