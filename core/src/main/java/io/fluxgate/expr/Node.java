package io.fluxgate.expr;

import java.util.Collections;
import java.util.List;

/** The syntax tree of an expression, every node with the column where it starts. */
abstract class Node {
    final int column;

    Node(int column) {
        this.column = column;
    }

    /** {@code Name(args)}: one component. */
    static final class Call extends Node {
        final String name;
        final List<Argument> arguments;

        Call(int column, String name, List<Argument> arguments) {
            super(column);
            this.name = name;
            this.arguments = Collections.unmodifiableList(arguments);
        }
    }

    /** {@code left & right} or {@code left | right}; the column is the operator's. */
    static final class Binary extends Node {
        final char operator;
        final Node left;
        final Node right;

        Binary(int column, char operator, Node left, Node right) {
            super(column);
            this.operator = operator;
            this.left = left;
            this.right = right;
        }
    }

    /** {@code ~operand}. */
    static final class Not extends Node {
        final Node operand;

        Not(int column, Node operand) {
            super(column);
            this.operand = operand;
        }
    }

    /** One argument: {@code value} or {@code name=value}, the value kept as written. */
    static final class Argument {
        final String name;         // null when positional
        final String value;
        final boolean number;      // a number, with or without a unit
        final int column;          // where the argument starts
        final int valueColumn;

        Argument(String name, String value, boolean number, int column, int valueColumn) {
            this.name = name;
            this.value = value;
            this.number = number;
            this.column = column;
            this.valueColumn = valueColumn;
        }
    }
}
