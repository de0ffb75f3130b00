"""What the Sharing, Inbox, Patients and Prompt-packs pages share, one module for each part.

Contacts with their safety number and QR code, the words for share items and refusals, the preview
of a share, and writing a share file off the UI thread. All of it goes through
core.sharing.SharingService; nothing here touches keys or SQL. The service's labels are English (the
CLI prints them), so records are described here again, translated.
"""
