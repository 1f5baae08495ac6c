"""Paper: the print dialogs, the safe-deposit sheet's layout and printing."""
