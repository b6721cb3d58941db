using System;
using System.Reflection;
using Xunit;

namespace ParIndex.TestSupport;

/// <summary>
/// Checks a value type's whole equality and ordering contract in one call: <c>Equals</c> both ways and through
/// <see cref="object"/>, the hash code, <c>CompareTo</c> (generic and not), and every comparison operator the type
/// declares, which must agree with them (after NodaTime's <c>TestHelper.TestEqualsStruct</c> and
/// <c>TestOperatorComparisonEquality</c>).
/// </summary>
public static class ContractAssert
{
    /// <summary>Checks equality, hash code and operators for a value, an equal value made another way, and unequal values.</summary>
    public static void EqualityContract<T>(T value, T equalValue, params T[] unequalValues)
        where T : struct, IEquatable<T>
    {
        Assert.False(value.Equals(null), "null");
        EqualsHashAndOperators(value, equalValue, unequalValues);
    }

    /// <summary>Checks the equality contract, then ordering: <paramref name="value"/> equals <paramref name="equalValue"/>
    /// and is less than <paramref name="greaterValue"/>.</summary>
    public static void OrderingContract<T>(T value, T equalValue, T greaterValue)
        where T : struct, IEquatable<T>, IComparable<T>, IComparable
    {
        EqualityContract(value, equalValue, greaterValue);

        Assert.Equal(0, value.CompareTo(equalValue));
        Assert.True(value.CompareTo(greaterValue) < 0, "less than the greater value");
        Assert.True(greaterValue.CompareTo(value) > 0, "the greater value is greater");
        Assert.Equal(0, value.CompareTo((object)equalValue));
        Assert.True(value.CompareTo((object)greaterValue) < 0, "less than the greater value as object");
        Assert.True(value.CompareTo(null) > 0, "null comes first");
        Assert.Throws<ArgumentException>("obj", () => value.CompareTo(new object()));

        foreach (var (left, right, comparison) in new[] { (value, equalValue, 0), (value, greaterValue, -1), (greaterValue, value, 1) })
        {
            CheckOperator(left, right, "op_LessThan", comparison < 0);
            CheckOperator(left, right, "op_LessThanOrEqual", comparison <= 0);
            CheckOperator(left, right, "op_GreaterThan", comparison > 0);
            CheckOperator(left, right, "op_GreaterThanOrEqual", comparison >= 0);
        }
    }

    /// <summary>Checks equality, hash code and the == and != operators of a class (or record) for a value, an equal
    /// value made another way, and unequal values; null is equal to nothing but null (NodaTime's <c>TestEqualsClass</c>).</summary>
    public static void ClassEqualityContract<T>(T value, T equalValue, params T[] unequalValues)
        where T : class, IEquatable<T>
    {
        Assert.NotSame(value, equalValue);
        Assert.False(value.Equals((T?)null), "null");
        Assert.False(value.Equals((object?)null), "null as object");
        CheckOperator<T?>(value, null, "op_Equality", false);
        CheckOperator<T?>(null, null, "op_Equality", true);
        EqualsHashAndOperators(value, equalValue, unequalValues);
    }

    /// <summary>Checks <c>Equals</c> both ways and through <see cref="object"/> and the hash code of a class that declares
    /// no == (equality written by hand on <see cref="IEquatable{T}"/>), or whose equal values may be one instance (a
    /// catalogue's singletons, which <see cref="ClassEqualityContract{T}"/>'s "not the same instance" does not fit); null is
    /// equal to nothing.</summary>
    public static void EqualsContract<T>(T value, T equalValue, params T[] unequalValues)
        where T : class, IEquatable<T>
    {
        Assert.False(value.Equals((T?)null), "null");
        Assert.False(value.Equals((object?)null), "null as object");
        EqualsAndHash(value, equalValue, unequalValues);
    }

    // What the struct and the class contracts share: Equals both ways and through object, the hash, == and !=.
    private static void EqualsHashAndOperators<T>(T value, T equalValue, T[] unequalValues)
        where T : IEquatable<T>
    {
        EqualsAndHash(value, equalValue, unequalValues);
        CheckOperator(value, equalValue, "op_Equality", true);
        CheckOperator(value, equalValue, "op_Inequality", false);
        foreach (var other in unequalValues)
        {
            CheckOperator(value, other, "op_Equality", false);
            CheckOperator(value, other, "op_Inequality", true);
        }
    }

    private static void EqualsAndHash<T>(T value, T equalValue, T[] unequalValues)
        where T : IEquatable<T>
    {
        Assert.True(value.Equals(value), "reflexive");
        Assert.True(value.Equals(equalValue), "equal value");
        Assert.True(equalValue.Equals(value), "symmetric");
        Assert.True(value.Equals((object)equalValue), "equal value as object");
        Assert.Equal(value.GetHashCode(), equalValue.GetHashCode());
        Assert.False(value.Equals(new object()), "another type");
        foreach (var other in unequalValues)
        {
            Assert.False(value.Equals(other), "unequal value " + other);
            Assert.False(other.Equals(value), "unequal value (symmetric) " + other);
            Assert.False(value.Equals((object)other), "unequal value as object " + other);
        }
    }

    private static void CheckOperator<T>(T left, T right, string name, bool expected)
    {
        var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        var method = type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [type, type]);
        Assert.True(method is not null, type.Name + " declares " + name);
        Assert.True(expected == (bool)method.Invoke(null, [left, right])!, Invariant($"{left} {name} {right} should be {expected}"));
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
