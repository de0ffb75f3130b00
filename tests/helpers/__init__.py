"""What several test modules share, named for what it holds: clocks, typing and clicking as a person does,
ready-made workspaces and main windows, sample records, vaults and shares. Test modules import from here,
never from one another."""
