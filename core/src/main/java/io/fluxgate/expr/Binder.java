package io.fluxgate.expr;

import io.fluxgate.internal.Suggest;
import io.fluxgate.tracker.Tracker;
import io.fluxgate.tripper.Tripper;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Turns a syntax tree into a component of the expected kind, checking names, arguments and operators. */
final class Binder {
    private final String text;
    private final Kind kind;
    private final Names names;

    private Binder(String text, Kind kind, Names names) {
        this.text = text;
        this.kind = kind;
        this.names = names;
    }

    static Object bind(String text, Kind kind, Names names) {
        return new Binder(text, kind, names).build(Parser.parse(text));
    }

    private Object build(Node node) {
        if (node instanceof Node.Binary) {
            Node.Binary binary = (Node.Binary) node;
            if (!kind.combines) {
                throw error(binary.column, "'" + binary.operator + "' cannot combine " + kind.plural
                        + "; only trackers and trippers combine");
            }
            Object left = build(binary.left);
            Object right = build(binary.right);
            return binary.operator == '&' ? and(left, right) : or(left, right);
        }
        if (node instanceof Node.Not) {
            if (!kind.negates) {
                throw error(node.column, "'~' applies to trackers only, not to " + kind.plural);
            }
            return ((Tracker) build(((Node.Not) node).operand)).negate();
        }
        return call((Node.Call) node);
    }

    private Object and(Object left, Object right) {
        return kind == Kind.TRACKER ? ((Tracker) left).and((Tracker) right) : ((Tripper) left).and((Tripper) right);
    }

    private Object or(Object left, Object right) {
        return kind == Kind.TRACKER ? ((Tracker) left).or((Tracker) right) : ((Tripper) left).or((Tripper) right);
    }

    private Object call(Node.Call call) {
        Signature signature = signatureOf(call);
        Object[] values = new Object[signature.params.size()];
        int positional = 0;
        boolean named = false;
        for (Node.Argument argument : call.arguments) {
            int index;
            if (argument.name == null) {
                if (named) {
                    throw error(argument.column, "a positional argument cannot follow a named one");
                }
                if (positional >= values.length) {
                    throw error(argument.column, tooMany(signature));
                }
                index = positional;
                if (!signature.params.get(index).variadic) {
                    positional++;
                }
            } else {
                named = true;
                index = indexOf(signature, argument);
                if (values[index] != null) {
                    throw error(argument.column, argument.name + " is given twice");
                }
            }
            Param param = signature.params.get(index);
            Object value = convert(argument.value, argument.number, param, argument.valueColumn);
            if (param.variadic) {
                @SuppressWarnings("unchecked")
                List<Object> list = values[index] == null ? new ArrayList<>() : (List<Object>) values[index];
                list.add(value);
                value = list;
            }
            values[index] = value;
        }
        for (int i = 0; i < values.length; i++) {
            Param param = signature.params.get(i);
            if (values[i] == null && param.defaultValue != null) {
                values[i] = convert(param.defaultValue, true, param, call.column);
            } else if (values[i] == null) {
                throw error(call.column, signature.name + " needs " + param.name + ": write " + signature.usage());
            }
        }
        try {
            return signature.factory.apply(new Arguments(values, names));
        } catch (ExpressionException alreadyPlaced) {
            throw alreadyPlaced;
        } catch (IllegalArgumentException invalid) {
            throw error(columnOfArgumentNamedIn(invalid.getMessage(), signature, call), invalid.getMessage());
        }
    }

    private Signature signatureOf(Node.Call call) {
        Signature signature = Catalog.find(kind, call.name);
        if (signature != null) {
            return signature;
        }
        Kind other = Catalog.kindOf(call.name, kind);
        if (other != null) {
            throw error(call.column, call.name + " is a " + other.label + ", but a " + kind.label + " is expected here");
        }
        List<String> known = Catalog.names(kind);
        throw error(call.column, "unknown " + kind.label + " '" + call.name + "'" + Suggest.didYouMean(call.name, known)
                + " (" + kind.plural + ": " + String.join(", ", known) + ")");
    }

    private int indexOf(Signature signature, Node.Argument argument) {
        List<String> paramNames = new ArrayList<>();
        for (int i = 0; i < signature.params.size(); i++) {
            Param param = signature.params.get(i);
            if (param.name.equals(argument.name)) {
                if (param.variadic) {
                    throw error(argument.column, param.name + " is given by position: write " + signature.usage());
                }
                return i;
            }
            paramNames.add(param.name);
        }
        throw error(argument.column, "unknown parameter '" + argument.name + "' of " + signature.name
                + Suggest.didYouMean(argument.name, paramNames) + " (" + signature.usage() + ")");
    }

    private static String tooMany(Signature signature) {
        return signature.params.isEmpty() ? signature.name + " takes no arguments: write " + signature.name + "()"
                : "too many arguments: write " + signature.usage();
    }

    private Object convert(String value, boolean number, Param param, int column) {
        switch (param.type) {
            case WHOLE:
                if (number && value.matches("[-+]?\\d+")) {
                    try {
                        return Integer.valueOf(value);
                    } catch (NumberFormatException tooLarge) {
                        throw error(column, param.name + " is too large: " + value);
                    }
                }
                break;
            case NUMBER:
                if (number && value.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)")) {
                    return Double.valueOf(value);
                }
                break;
            case DURATION:
                if (number) {
                    return duration(value, param, column);
                }
                break;
            case CLASS:
                if (!number) {
                    try {
                        names.checkType(value);
                    } catch (IllegalArgumentException unknown) {
                        throw error(column, unknown.getMessage());
                    }
                    return value;
                }
                break;
            case METHOD:
                if (!number && value.indexOf('#') > 0) {
                    return value;
                }
                break;
            default:
                throw new AssertionError(param.type);
        }
        throw error(column, param.name + " expects " + param.type.expected + ", got '" + value + "'");
    }

    private Duration duration(String value, Param param, int column) {
        int unitStart = value.length();
        while (unitStart > 0 && Character.isLetter(value.charAt(unitStart - 1))) {
            unitStart--;
        }
        String amount = value.substring(0, unitStart);
        String unit = value.substring(unitStart);
        long nanosPerUnit;
        switch (unit) {
            case "":
            case "s":
                nanosPerUnit = 1_000_000_000L;
                break;
            case "ms":
                nanosPerUnit = 1_000_000L;
                break;
            case "m":
                nanosPerUnit = 60_000_000_000L;
                break;
            case "h":
                nanosPerUnit = 3_600_000_000_000L;
                break;
            default:
                throw error(column, "unknown unit '" + unit + "' in " + value + ": use ms, s, m or h"
                        + Suggest.didYouMean(unit, java.util.Arrays.asList("ms", "s", "m", "h")));
        }
        if (!amount.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)")) {
            throw error(column, param.name + " expects " + param.type.expected + ", got '" + value + "'");
        }
        BigDecimal nanos = new BigDecimal(amount).multiply(BigDecimal.valueOf(nanosPerUnit));
        if (nanos.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw error(column, param.name + " is too long: " + value);
        }
        return Duration.ofNanos(nanos.longValue());
    }

    /** Component constructors name the offending argument ("SlowRate: ratio must be ..."): point at it. */
    private static int columnOfArgumentNamedIn(String message, Signature signature, Node.Call call) {
        String prefix = signature.name + ": ";
        if (message != null && message.startsWith(prefix)) {
            String rest = message.substring(prefix.length());
            for (int i = 0; i < signature.params.size(); i++) {
                Param param = signature.params.get(i);
                if (rest.startsWith(param.name + " ")) {
                    return columnOfParameter(call, signature, i);
                }
            }
        }
        return call.column;
    }

    private static int columnOfParameter(Node.Call call, Signature signature, int index) {
        int positional = 0;
        for (Node.Argument argument : call.arguments) {
            if (argument.name == null ? positional++ == index : argument.name.equals(signature.params.get(index).name)) {
                return argument.valueColumn;
            }
        }
        return call.column;
    }

    private ExpressionException error(int column, String reason) {
        return new ExpressionException(text, column, reason);
    }
}
