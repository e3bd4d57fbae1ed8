package stdlib

import (
	"embed"
	"io/fs"
	"strings"

	"github.com/rebeam/rebeam/interp"
)

// pySources holds the modules written in Python. A file py/NAME.py is the
// module NAME; a folder py/PKG/ with __init__.py is the package PKG, and
// py/PKG/SUB.py its submodule PKG.SUB.
//
//go:embed all:py
var pySources embed.FS

func init() {
	err := fs.WalkDir(pySources, "py", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".py") {
			return err
		}
		src, err := pySources.ReadFile(path)
		if err != nil {
			return err
		}
		rel := strings.TrimSuffix(strings.TrimPrefix(path, "py/"), ".py")
		isPkg := strings.HasSuffix(rel, "/__init__")
		rel = strings.TrimSuffix(rel, "/__init__")
		interp.RegisterSource(strings.ReplaceAll(rel, "/", "."), src, isPkg)
		return nil
	})
	if err != nil {
		panic("stdlib: reading the embedded Python modules: " + err.Error())
	}
}
