"""The main window's pages (one module each) and the registry the sidebar is built from."""
