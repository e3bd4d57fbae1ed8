package main

import "fmt"

// RunCmd runs a Python program.
type RunCmd struct {
	File string   `arg:"" help:"The Python program to run." type:"path"`
	Args []string `arg:"" optional:"" passthrough:"" help:"Arguments passed to the program as sys.argv[1:]."`
}

// Run runs the program.
func (r *RunCmd) Run() error {
	return fmt.Errorf("running programs is not implemented yet")
}
