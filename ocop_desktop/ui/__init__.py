"""The Qt shell: widgets and models only. It calls operations, never SQL or openpyxl."""
