"""Who said what: speaker names made canonical, stories across outlets, and the quote index
kept in the cache's own tables."""
