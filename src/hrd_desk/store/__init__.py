"""The vault: SQLCipher connection, schema, versions, records and search. Never imports Qt."""
