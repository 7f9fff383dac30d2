package io.fluxgate.agent.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MethodPatternTest {

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "com.acme.PaymentClient#charge(..)        | com.acme.PaymentClient            | true",
        "com.acme.PaymentClient#charge(..)        | com.acme.PaymentClients           | false",
        "com.acme.PaymentClient#charge(..)        | com.acme.billing.PaymentClient    | false",
        "com.acme.*Client#get(..)                 | com.acme.InventoryClient          | true",
        "com.acme.*Client#get(..)                 | com.acme.Client                   | true",
        "com.acme.*Client#get(..)                 | com.acme.inventory.StockClient    | false",
        "com.acme.*#get(..)                       | com.acme.Outer$Inner              | true",
        "com.*.Client#get(..)                     | com.acme.Client                   | true",
        "com.*.Client#get(..)                     | com.acme.sub.Client               | false",
        "com.acme..*Client#get(..)                | com.acme.Client                   | true",
        "com.acme..*Client#get(..)                | com.acme.a.b.c.StockClient        | true",
        "com.acme..*Client#get(..)                | com.acmex.StockClient             | false",
        "com.acme..*Client#get(..)                | org.acme.StockClient              | false",
        "com.acme..Client#get(..)                 | com.acme.x.Client                 | true",
        "com..billing..*#get(..)                  | com.acme.billing.v2.Pay           | true",
        "*..*Client#get(..)                       | com.acme.deep.er.HttpClient       | true",
        "*..*Client#get(..)                       | TopLevelClient                    | false",
        "com.acme.Outer$Inner#run()               | com.acme.Outer$Inner              | true",
        "com.acme.Outer$Inner#run()               | com.acme.Outer                    | false",
        "com.acme.Outer$*#run()                   | com.acme.Outer$Inner              | true",
        "com.acme.Base+#run()                     | com.acme.Base                     | true",
        "com.acme.Base+#run()                     | com.acme.Derived                  | false",
        "com.acme.Pay*Client#charge(..)           | com/acme/PayNowClient             | true",
    })
    void matchesClassNames(String pattern, String className, boolean matches) {
        assertEquals(matches, MethodPattern.parse(pattern).matchesType(className));
    }

    @ParameterizedTest(name = "{0} matches {1}({2}): {3}")
    @CsvSource(delimiter = '|', value = {
        "a.B#charge(..)                               | charge    |                                     | true",
        "a.B#charge(..)                               | charge    | int,java.lang.String                | true",
        "a.B#charge(..)                               | charges   |                                     | false",
        "a.B#charge()                                 | charge    |                                     | true",
        "a.B#charge()                                 | charge    | int                                 | false",
        "a.B#get*(..)                                 | getStock  | long                                | true",
        "a.B#get*(..)                                 | get       |                                     | true",
        "a.B#get*(..)                                 | forget    |                                     | false",
        "a.B#*(..)                                    | anything  | int                                 | true",
        "a.B#charge(java.math.BigDecimal)             | charge    | java.math.BigDecimal                | true",
        "a.B#charge(java.math.BigDecimal)             | charge    | java.math.BigInteger                | false",
        "a.B#charge(java.math.BigDecimal)             | charge    | java.math.BigDecimal,int            | false",
        "a.B#send(String, int)                        | send      | java.lang.String,int                | true",
        "a.B#send(String, int)                        | send      | int,java.lang.String                | false",
        "a.B#send(String,int)                         | send      | java.lang.String,int                | true",
        "a.B#send(int)                                | send      | long                                | false",
        "a.B#send(int)                                | send      | java.lang.Integer                   | false",
        "a.B#send(Integer)                            | send      | java.lang.Integer                   | true",
        "a.B#write(byte[])                            | write     | [B                                  | true",
        "a.B#write(byte[])                            | write     | byte[]                              | true",
        "a.B#write(byte[])                            | write     | [[B                                 | false",
        "a.B#write(byte[][])                          | write     | [[B                                 | true",
        "a.B#write(java.lang.String[][])              | write     | [[Ljava.lang.String;                | true",
        "a.B#write(String[])                          | write     | [Ljava.lang.String;                 | true",
        "a.B#format(String, Object...)                | format    | java.lang.String,[Ljava.lang.Object; | true",
        "a.B#all(boolean, byte, char, short, int, long, float, double) | all | boolean,byte,char,short,int,long,float,double | true",
        "a.B#arrays(long[], char[], double[])         | arrays    | [J,[C,[D                            | true",
        "a.B#nested(com.acme.Outer$Inner)             | nested    | com.acme.Outer$Inner                | true",
        "a.B#nested(com.acme.Outer$Inner[])           | nested    | [Lcom.acme.Outer$Inner;             | true",
    })
    void matchesMethodsAndOverloads(String pattern, String name, String parameters, boolean matches) {
        List<String> types = parameters == null ? List.of() : Arrays.asList(parameters.split(","));
        assertEquals(matches, MethodPattern.parse(pattern).matchesMethod(name, types));
    }

    @Test
    void spacesAroundThePatternAndBeforeTheParametersAreAllowed() {
        MethodPattern pattern = MethodPattern.parse("  com.acme.Client#get ( String , int )  ");

        assertTrue(pattern.matchesType("com.acme.Client"));
        assertTrue(pattern.matchesMethod("get", List.of("java.lang.String", "int")));
        assertEquals("  com.acme.Client#get ( String , int )  ", pattern.text(), "kept as written");
    }

    @Test
    void exposesWhatTheWeaverNeeds() {
        MethodPattern pattern = MethodPattern.parse("com.acme.Repo+#find*(long, String[])");

        assertTrue(pattern.includesSubtypes());
        assertEquals("com.acme.Repo+#find*(long, String[])", pattern.text());
        assertEquals("find*", pattern.methodNamePattern());
        assertEquals(List.of("long", "java.lang.String[]"), pattern.parameterTypes());
        assertFalse(pattern.matchesAnyParameters());
        assertTrue(pattern.matchesMethodName("findAll"));
        assertTrue(MethodPattern.parse("a.B#c(..)").matchesAnyParameters());
        assertThrows(IllegalStateException.class, () -> MethodPattern.parse("a.B#c(..)").parameterTypes());
        assertEquals(List.of(), MethodPattern.parse("a.B#c()").parameterTypes());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "[B                      | byte[]",
        "[[I                     | int[][]",
        "[Z                      | boolean[]",
        "[Ljava.lang.String;     | java.lang.String[]",
        "[[Lcom.acme.Outer$In;   | com.acme.Outer$In[][]",
        "java/lang/String        | java.lang.String",
        "java.lang.String        | java.lang.String",
        "int                     | int",
        "byte[]                  | byte[]",
    })
    void normalisesTypeNames(String given, String canonical) {
        assertEquals(canonical, MethodPattern.canonicalTypeName(given));
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(delimiter = '|', value = {
        "''                          | 1  | the method pattern is empty",
        "com.acme.Client             | 16 | expected '#' and a method name",
        "com.acme.Client.get()       | 20 | expected '#' between the class and the method name",
        "com.acme.#get()             | 10 | expected a name after '.' but found '#'",
        "com...Client#get()          | 6  | '...' is not a pattern",
        "com.acme..#get()            | 11 | '..' must be followed by a class name",
        "..Client#get()              | 1  | write *..Name",
        "com.1acme.Client#get()      | 5  | a name cannot start with a digit",
        "com.acme.Client#()          | 17 | expected a method name but found '('",
        "com.acme.Client#            | 17 | expected a method name after '#'",
        "com.acme.Client#<init>()    | 17 | constructors and initializers are never woven",
        "com.acme.Client#get         | 20 | expected '(' after the method name: write get(..)",
        "com.acme.Client#get.x()     | 20 | unexpected '.' in the method name",
        "com.acme.Client#get(int     | 24 | expected ',' or ')' but the pattern ended",
        "com.acme.Client#get(int;)   | 24 | unexpected ';': expected ',' or ')'",
        "com.acme.Client#get(int,)   | 25 | expected a parameter type but found ')'",
        "com.acme.Client#get(Str*)   | 24 | wildcards are not allowed in parameter types",
        "com.acme.Client#get(int, ..)| 26 | '..' stands alone",
        "com.acme.Client#get(.. )x   | 25 | unexpected 'x' after the parameter list",
        "'com.acme.Client#get() x'   | 23 | unexpected 'x' after the parameter list",
        "com.acme.Client#get(void)   | 21 | void is not a parameter type",
        "com.acme.Client#get(int[)   | 25 | expected ']' after '['",
        "com acme.Client#get()       | 4  | unexpected a space: expected '#'",
        "com.acme.Client# get()      | 17 | expected a method name but found a space",
        "'   '                       | 4  | the method pattern is empty",
    })
    void syntaxErrorsNameTheColumn(String text, int column, String reason) {
        MethodPatternException error = assertThrows(MethodPatternException.class, () -> MethodPattern.parse(text));
        assertEquals(column, error.column(), error::getMessage);
        assertTrue(error.reason().contains(reason), error::getMessage);
    }
}
