print("ting")
