def main():
    print("jobs_helper main")
