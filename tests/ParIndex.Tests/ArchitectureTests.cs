using System;
using System.Linq;
using System.Reflection;
using ParIndex.Methodologies;
using ParIndex.Rules;
using Xunit;

namespace ParIndex.Tests;

/// <summary>Rules of the house that the compiler does not check.</summary>
public class ArchitectureTests
{
    private static readonly Type[] PublicTypes = [.. typeof(Methodology).Assembly.GetExportedTypes()];

    [Fact]
    public void PublicClasses_AreSealedOrStatic_ExceptTheTwoDeliberateBases()
    {
        // ScoringRule is the extension point for users' rules; MethodologyNode and DiagnosticException are closed bases.
        Type[] bases = [typeof(ScoringRule), typeof(MethodologyNode), typeof(DiagnosticException)];
        var open = PublicTypes.Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed) && !bases.Contains(t));

        Assert.Empty(open);
        Assert.False(typeof(MethodologyNode).GetConstructors(BindingFlags.Public | BindingFlags.Instance).Length > 0, "MethodologyNode must not be derivable outside the library");
    }

    [Fact]
    public void PublicTypes_HaveNoPublicSetters_OnlyInit()
    {
        var setters = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit"))
            .Select(p => p.DeclaringType!.Name + "." + p.Name);

        Assert.Empty(setters);
    }

    [Fact]
    public void PublicStructs_AreReadOnly()
    {
        var mutable = PublicTypes.Where(t => t.IsValueType && !t.IsEnum && t.GetCustomAttributes().All(a => a.GetType().Name != "IsReadOnlyAttribute"));

        Assert.Empty(mutable);
    }

    [Fact]
    public void Namespaces_MirrorFolders()
    {
        var root = Support.RepositoryFiles.Root;
        foreach (var type in PublicTypes.Where(t => !t.IsNested))
        {
            var relative = type.FullName!.Split('`')[0].Replace("ParIndex.", string.Empty, StringComparison.Ordinal).Replace('.', System.IO.Path.DirectorySeparatorChar) + ".cs";
            Assert.True(System.IO.File.Exists(System.IO.Path.Combine(root, "src", "ParIndex", relative)), type.FullName + " is not in " + relative);
        }
    }
}
