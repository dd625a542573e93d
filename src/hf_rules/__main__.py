from hf_rules.cli import main

main()
