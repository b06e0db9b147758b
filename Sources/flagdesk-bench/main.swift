print("flagdesk")
