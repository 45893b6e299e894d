"""The rules every feature shares: roles and the permission matrix, passwords, the audit
chain and its actions, office dates and identifiers, search text, typed errors."""
