"""Export to a password manager."""
