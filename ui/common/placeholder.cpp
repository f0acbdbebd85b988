// Removed once ui/common has real sources.
