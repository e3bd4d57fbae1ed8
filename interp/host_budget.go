package interp

// BudgetLeft returns the steps left of the budget given to the last Run
// (the actor runtime's Go-driven GenPy loop runs several handlers in one
// turn and passes each what the previous one left).
func (t *Thread) BudgetLeft() int { return t.budget }
