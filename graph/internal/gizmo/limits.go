package gizmo

// This file is kg's, not Cayley's: bounds on what one script may ask of
// goja's built-ins.

import (
	"errors"
	"fmt"
	"time"

	"github.com/dlclark/regexp2"
	"github.com/dop251/goja"
)

// MaxCallStack is the deepest call stack a script may build: deeper
// recursion throws a RangeError instead of growing the process's memory
// (goja's default is unlimited).
const MaxCallStack = 4096

// MaxString is the longest string, in UTF-16 code units, that repeat,
// padStart, padEnd, concat and join may build in one call. These built-ins
// are Go code that goja cannot interrupt, so one call asking for a
// terabyte would end the process before any watchdog could act.
const MaxString = 1 << 24

// MaxArray is the longest array join and fill may walk in one call.
const MaxArray = 1 << 24

// MaxRegexpMatch bounds one regular expression match. goja runs patterns
// that Go's regexp cannot (backreferences, lookaround) on regexp2, whose
// backtracking can take exponential time in Go code the VM cannot
// interrupt: a query stopped by its timeout would go on holding the
// store's read lock (and a CPU) for as long.
const MaxRegexpMatch = 2 * time.Second

// regexp2's timeout is a package variable, read when a pattern is
// compiled; goja is its only user in kg.
func init() { regexp2.DefaultMatchTimeout = MaxRegexpMatch }

var (
	errTooLong       = errors.New("gizmo: string or array too long for a query")
	errStackOverflow = fmt.Errorf("gizmo: call stack deeper than %d calls (endless recursion?)", MaxCallStack)
)

// limitBuiltins caps the call stack and wraps the built-ins that can build
// a huge value in one uninterruptible call.
func (s *Session) limitBuiltins() error {
	vm := s.vm
	vm.SetMaxCallStackSize(MaxCallStack)
	length := func(v goja.Value) int64 {
		if str, ok := v.ToString().(goja.String); ok {
			return int64(str.Length())
		}
		return 0
	}
	arrayLength := func(this goja.Value) int64 {
		o := this.ToObject(vm)
		return o.Get("length").ToInteger()
	}
	// growth returns the length of the string a call would build.
	stringWraps := map[string]func(call goja.FunctionCall) int64{
		"repeat": func(call goja.FunctionCall) int64 {
			n := call.Argument(0).ToFloat()
			l := length(call.This)
			if n > 0 && float64(l)*n > MaxString {
				return MaxString + 1
			}
			return 0
		},
		"padStart": padLength, "padEnd": padLength,
		"concat": func(call goja.FunctionCall) int64 {
			n := length(call.This)
			for _, a := range call.Arguments {
				n += length(a)
			}
			return n
		},
	}
	arrayWraps := map[string]func(call goja.FunctionCall) int64{
		"join": func(call goja.FunctionCall) int64 {
			l := arrayLength(call.This)
			if l > MaxArray {
				return MaxString + 1
			}
			sep := int64(1)
			if a := call.Argument(0); !goja.IsUndefined(a) {
				sep = length(a)
			}
			n := sep * max(l-1, 0)
			o := call.This.ToObject(vm)
			for i := int64(0); i < l && n <= MaxString; i++ {
				if e := o.Get(fmt.Sprint(i)); e != nil && !goja.IsUndefined(e) && !goja.IsNull(e) {
					if _, isObj := e.(*goja.Object); !isObj {
						n += length(e)
					}
				}
			}
			return n
		},
		"fill": func(call goja.FunctionCall) int64 {
			if arrayLength(call.This) > MaxArray {
				return MaxString + 1
			}
			return 0
		},
	}
	if err := wrap(vm, "String", stringWraps); err != nil {
		return err
	}
	return wrap(vm, "Array", arrayWraps)
}

// padLength is the length padStart and padEnd build.
func padLength(call goja.FunctionCall) int64 {
	return call.Argument(0).ToInteger()
}

// wrap replaces the methods of ctor.prototype named in wraps by functions
// that throw errTooLong when the size returned for the call passes
// MaxString, and call the original otherwise.
func wrap(vm *goja.Runtime, ctor string, wraps map[string]func(call goja.FunctionCall) int64) error {
	c := vm.Get(ctor)
	if c == nil {
		return fmt.Errorf("gizmo: no %s", ctor)
	}
	proto := c.ToObject(vm).Get("prototype").ToObject(vm)
	for name, size := range wraps {
		orig, ok := goja.AssertFunction(proto.Get(name))
		if !ok {
			return fmt.Errorf("gizmo: no %s.prototype.%s", ctor, name)
		}
		f := vm.ToValue(func(call goja.FunctionCall) goja.Value {
			if size(call) > MaxString {
				panic(vm.NewGoError(fmt.Errorf("%w: %s.prototype.%s would go past %d", errTooLong, ctor, name, MaxString)))
			}
			v, err := orig(call.This, call.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		})
		if err := proto.DefineDataProperty(name, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
	}
	return nil
}
