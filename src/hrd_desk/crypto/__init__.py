"""Keys, fingerprints, passphrase keyslots and bundle formats. Depends on PyNaCl only."""
