package gizmo

// This file is kg's, not Cayley's: bounds on what one script may ask of
// goja's built-ins.
//
// goja interrupts a script between two of its instructions, so a query's
// timeout and memory budget (package graph) stop any script loop. They
// cannot stop a built-in, which is Go code: one call that builds a
// terabyte string, or walks an array-like of length 4e9, would take the
// process's memory (or a CPU, holding the store's read lock) before
// anything could act. So the built-ins that can do much more work than
// their arguments' size check what they are asked first, and the binary
// data types, which allocate their length at once and which Gizmo has no
// use for, are removed.

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dlclark/regexp2"
	"github.com/dop251/goja"
)

// MaxCallStack is the deepest call stack a script may build: deeper
// recursion ends the script instead of growing the process's memory
// (goja's default is unlimited).
const MaxCallStack = 4096

// MaxString is the longest string, in UTF-16 code units, that one call of
// a built-in may build (repeat, padStart, padEnd, concat, replace,
// replaceAll, join, JSON.stringify).
const MaxString = 1 << 24

// MaxArray is the longest array (or array-like) that one call of a
// built-in may walk: the methods of Array.prototype, Array.from,
// Function.prototype.apply, Reflect.apply and Reflect.construct.
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

// binaryData are the globals removed from a session's VM.
var binaryData = []string{
	"ArrayBuffer", "SharedArrayBuffer", "DataView",
	"Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
	"Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array",
}

var (
	errTooLong       = errors.New("gizmo: string or array too long for a query")
	errStackOverflow = fmt.Errorf("gizmo: call stack deeper than %d calls (endless recursion?)", MaxCallStack)
)

// tooLong is the error a wrapped built-in throws.
func tooLong(what string, limit int64) error {
	return fmt.Errorf("%w: %s would go past %d", errTooLong, what, limit)
}

// limitBuiltins caps the call stack and wraps or removes the built-ins that
// can do unbounded work in one uninterruptible call.
func (s *Session) limitBuiltins() error {
	vm := s.vm
	vm.SetMaxCallStackSize(MaxCallStack)
	g := vm.GlobalObject()
	for _, name := range binaryData {
		if err := g.Delete(name); err != nil {
			return err
		}
	}
	b := builtins{vm: vm}

	// Every method of Array.prototype walks its this (an array, or any
	// object with a length): none may walk more than MaxArray.
	arrayProto := b.proto("Array")
	for _, name := range arrayProto.GetOwnPropertyNames() {
		if name == "constructor" || name == "length" {
			continue
		}
		if _, ok := goja.AssertFunction(arrayProto.Get(name)); !ok {
			continue
		}
		what := "Array.prototype." + name
		extra := map[string]func(goja.FunctionCall) error{
			"join": func(call goja.FunctionCall) error {
				sep := int64(1)
				if a := call.Argument(0); !goja.IsUndefined(a) {
					sep = b.length(a)
				}
				return b.check(what, MaxString, b.textSize(call.This, sep, false))
			},
			"toString":       func(call goja.FunctionCall) error { return b.check(what, MaxString, b.textSize(call.This, 1, false)) },
			"toLocaleString": func(call goja.FunctionCall) error { return b.check(what, MaxString, b.textSize(call.This, 1, false)) },
			"concat": func(call goja.FunctionCall) error {
				n := b.arrayLength(call.This)
				for _, a := range call.Arguments {
					n += max(b.arrayLength(a), 1)
				}
				return b.check(what, MaxArray, n)
			},
			"flat": func(call goja.FunctionCall) error {
				depth := int64(1)
				if a := call.Argument(0); !goja.IsUndefined(a) {
					depth = a.ToInteger()
				}
				return b.check(what, MaxArray, b.elements(call.This, depth))
			},
		}[name]
		if err := b.wrap(arrayProto, name, func(call goja.FunctionCall) error {
			if err := b.check(what, MaxArray, b.arrayLength(call.This)); err != nil {
				return err
			}
			if extra != nil {
				return extra(call)
			}
			return nil
		}); err != nil {
			return err
		}
	}
	// Spreading an array ([...a], f(...a)) walks it with its iterator.
	if err := arrayProto.DefineDataPropertySymbol(goja.SymIterator, arrayProto.Get("values"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return err
	}
	argList := func(what string, i int) func(goja.FunctionCall) error {
		return func(call goja.FunctionCall) error {
			return b.check(what, MaxArray, b.arrayLength(call.Argument(i)))
		}
	}
	reflect := g.Get("Reflect").ToObject(vm)
	for _, w := range []struct {
		obj   *goja.Object
		name  string
		check func(goja.FunctionCall) error
	}{
		{b.ctor("Array"), "from", argList("Array.from", 0)},
		{b.proto("Function"), "apply", argList("Function.prototype.apply", 1)},
		{reflect, "apply", argList("Reflect.apply", 2)},
		{reflect, "construct", argList("Reflect.construct", 1)},
		{g.Get("JSON").ToObject(vm), "stringify", func(call goja.FunctionCall) error {
			return b.check("JSON.stringify", MaxString, b.textSize(call.Argument(0), 1, true))
		}},
	} {
		if err := b.wrap(w.obj, w.name, w.check); err != nil {
			return err
		}
	}

	stringProto := b.proto("String")
	pad := func(what string) func(goja.FunctionCall) error {
		return func(call goja.FunctionCall) error {
			return b.check(what, MaxString, call.Argument(0).ToInteger())
		}
	}
	replace := func(what string) func(goja.FunctionCall) error {
		return func(call goja.FunctionCall) error {
			repl := call.Argument(1)
			if _, isFunc := goja.AssertFunction(repl); isFunc {
				return nil // the replacer is script code, which can be interrupted
			}
			return b.check(what, MaxString, replaceBound(b.length(call.This), repl.String()))
		}
	}
	for name, check := range map[string]func(goja.FunctionCall) error{
		"repeat": func(call goja.FunctionCall) error {
			n := call.Argument(0).ToFloat()
			if l := float64(b.length(call.This)); n > 0 && l*n > MaxString {
				return tooLong("String.prototype.repeat", MaxString)
			}
			return nil
		},
		"padStart": pad("String.prototype.padStart"),
		"padEnd":   pad("String.prototype.padEnd"),
		"concat": func(call goja.FunctionCall) error {
			n := b.length(call.This)
			for _, a := range call.Arguments {
				n += b.length(a)
			}
			return b.check("String.prototype.concat", MaxString, n)
		},
		"replace":    replace("String.prototype.replace"),
		"replaceAll": replace("String.prototype.replaceAll"),
	} {
		if err := b.wrap(stringProto, name, check); err != nil {
			return err
		}
	}
	// String.prototype.replace with a pattern calls the pattern's
	// Symbol.replace, which a script can also call itself.
	return b.wrapSymbol(b.proto("RegExp"), goja.SymReplace, func(call goja.FunctionCall) error {
		repl := call.Argument(1)
		if _, isFunc := goja.AssertFunction(repl); isFunc {
			return nil
		}
		return b.check("RegExp.prototype[Symbol.replace]", MaxString, replaceBound(b.length(call.Argument(0)), repl.String()))
	})
}

// elements counts the elements flat makes of v down to depth, nested
// arrays as often as they appear; it stops once past MaxArray.
func (b builtins) elements(v goja.Value, depth int64) int64 {
	var n int64
	var walk func(v goja.Value, depth int64)
	walk = func(v goja.Value, depth int64) {
		o, ok := v.(*goja.Object)
		if n > MaxArray || !ok || o == nil || o.ClassName() != "Array" || depth < 0 {
			n++
			return
		}
		l := b.arrayLength(o)
		if l > MaxArray {
			n = MaxArray + 1
			return
		}
		for i := int64(0); i < l && n <= MaxArray; i++ {
			walk(o.Get(strconv.FormatInt(i, 10)), depth-1)
		}
	}
	walk(v, min(depth, 64))
	return n
}

// replaceBound is an upper bound on the length of the string replace
// builds from a string of length l with the replacement pattern repl: every
// match (at most l+1) gets repl, whose $&, $1... expand to parts of the
// matches (at most l in all, per $) and whose $` and $' expand to a prefix
// or suffix (up to l per match).
func replaceBound(l int64, repl string) int64 {
	r := int64(len(repl))
	n := l + (l+1)*r + int64(strings.Count(repl, "$"))*l
	if strings.Contains(repl, "$`") || strings.Contains(repl, "$'") {
		n += (l + 1) * l
	}
	return n
}

// builtins wraps the built-ins of one VM.
type builtins struct{ vm *goja.Runtime }

// ctor is the global constructor name.
func (b builtins) ctor(name string) *goja.Object { return b.vm.Get(name).ToObject(b.vm) }

// proto is name.prototype.
func (b builtins) proto(name string) *goja.Object {
	return b.ctor(name).Get("prototype").ToObject(b.vm)
}

// length is the length of v as a string.
func (b builtins) length(v goja.Value) int64 {
	if v == nil {
		return 0
	}
	if str, ok := v.ToString().(goja.String); ok {
		return int64(str.Length())
	}
	return int64(len(v.String()))
}

// arrayLength is the length property of v, if an object, else 0.
func (b builtins) arrayLength(v goja.Value) int64 {
	o, ok := v.(*goja.Object)
	if !ok || o == nil {
		return 0
	}
	l := o.Get("length")
	if l == nil {
		return 0
	}
	return l.ToInteger()
}

// check returns the error for what when n passes limit.
func (b builtins) check(what string, limit, n int64) error {
	if n > limit {
		return tooLong(what, limit)
	}
	return nil
}

// textSize estimates the length of the text join (sep between elements)
// or, with objects set, JSON.stringify makes of v: strings count their
// length, arrays their elements and separators, nested arrays (and with
// objects, objects' keys and values) as often as they appear. It stops
// once past MaxString, or after MaxArray steps. Objects that are not
// arrays count a few characters in a join: their toString is script code
// (which can be interrupted) or a short built-in text.
func (b builtins) textSize(v goja.Value, sep int64, objects bool) int64 {
	var n, steps int64
	var walk func(v goja.Value, depth int)
	walk = func(v goja.Value, depth int) {
		steps++
		if n > MaxString || steps > MaxArray || v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
			return
		}
		o, ok := v.(*goja.Object)
		if !ok {
			n += b.length(v)
			return
		}
		if depth > 64 {
			return // goja rejects cycles and deep nesting itself
		}
		if o.ClassName() == "Array" {
			l := b.arrayLength(o)
			if l > MaxArray {
				n = MaxString + 1
				return
			}
			n += sep * max(l-1, 0)
			for i := int64(0); i < l && n <= MaxString && steps <= MaxArray; i++ {
				walk(o.Get(strconv.FormatInt(i, 10)), depth+1)
			}
			return
		}
		if !objects || o.ClassName() == "Function" {
			n += 16
			return
		}
		for _, k := range o.Keys() {
			if n > MaxString || steps > MaxArray {
				return
			}
			n += int64(len(k)) + 4
			walk(o.Get(k), depth+1)
		}
	}
	walk(v, 0)
	return n
}

// wrap replaces obj's method name by a function that calls check first,
// throwing its error if any, and then the original. Like the built-in, the
// wrapper is not enumerable.
func (b builtins) wrap(obj *goja.Object, name string, check func(goja.FunctionCall) error) error {
	f, err := b.wrapped(obj.Get(name), name, check)
	if err != nil {
		return err
	}
	return obj.DefineDataProperty(name, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// wrapSymbol is wrap for a method named by a symbol.
func (b builtins) wrapSymbol(obj *goja.Object, sym *goja.Symbol, check func(goja.FunctionCall) error) error {
	f, err := b.wrapped(obj.GetSymbol(sym), sym.String(), check)
	if err != nil {
		return err
	}
	return obj.DefineDataPropertySymbol(sym, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// wrapped returns the function that calls check, then method.
func (b builtins) wrapped(method goja.Value, name string, check func(goja.FunctionCall) error) (goja.Value, error) {
	orig, ok := goja.AssertFunction(method)
	if !ok {
		return nil, fmt.Errorf("gizmo: no built-in %s", name)
	}
	vm := b.vm
	return vm.ToValue(func(call goja.FunctionCall) goja.Value {
		if err := check(call); err != nil {
			panic(vm.NewGoError(err))
		}
		v, err := orig(call.This, call.Arguments...)
		if err != nil {
			panic(err)
		}
		return v
	}), nil
}
