using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace ParIndex.Tests.Support;

/// <summary>
/// The namespaces of a compiled assembly and which of its own types each namespace uses, read from the metadata: base
/// types and interfaces, fields, method signatures and locals, catch clauses, and every type, method and field token in
/// the method bodies' IL (lambdas and iterators are nested types, so their bodies count for the type that declares
/// them). References to other assemblies are ignored.
/// </summary>
internal sealed class NamespaceGraph
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private NamespaceGraph(ImmutableArray<string> namespaces, ImmutableDictionary<(string From, string To), string> edges)
    {
        Namespaces = namespaces;
        Edges = edges;
    }

    /// <summary>Gets the namespaces that declare a type, in ordinal order.</summary>
    public ImmutableArray<string> Namespaces { get; }

    /// <summary>Gets each pair of different namespaces where the first uses the second, with one example
    /// ("Province → AssessedUnit").</summary>
    public ImmutableDictionary<(string From, string To), string> Edges { get; }

    /// <summary>Reads the graph of the namespaces that start with <paramref name="prefix"/>.</summary>
    public static NamespaceGraph Read(string assemblyPath, string prefix)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var metadata = pe.GetMetadataReader();
        var edges = new Dictionary<(string, string), string>();
        var namespaces = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var handle in metadata.TypeDefinitions)
        {
            var from = NamespaceOf(metadata, handle);
            if (!InScope(from, prefix))
            {
                continue;
            }
            namespaces.Add(from);
            var collector = new Collector(metadata);
            collector.VisitType(pe, handle);
            foreach (var used in collector.Found)
            {
                var to = NamespaceOf(metadata, used);
                if (to != from && InScope(to, prefix))
                {
                    edges.TryAdd((from, to), Name(metadata, handle) + " → " + Name(metadata, used));
                }
            }
        }
        return new NamespaceGraph([.. namespaces], edges.ToImmutableDictionary());
    }

    private static bool InScope(string ns, string prefix) =>
        ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal);

    // A nested type (a closure, an iterator, a nested record) belongs to the namespace of its outermost type.
    private static string NamespaceOf(MetadataReader metadata, TypeDefinitionHandle handle)
    {
        var type = metadata.GetTypeDefinition(handle);
        while (type.IsNested)
        {
            type = metadata.GetTypeDefinition(type.GetDeclaringType());
        }
        return metadata.GetString(type.Namespace);
    }

    private static string Name(MetadataReader metadata, TypeDefinitionHandle handle)
    {
        var type = metadata.GetTypeDefinition(handle);
        while (type.IsNested)
        {
            type = metadata.GetTypeDefinition(type.GetDeclaringType());
        }
        return metadata.GetString(type.Name);
    }

    /// <summary>Collects the type definitions one type uses. The signature decoder reports a definition through
    /// <see cref="GetTypeFromDefinition"/>; the values it builds are not needed.</summary>
    private sealed class Collector(MetadataReader metadata) : ISignatureTypeProvider<object?, object?>
    {
        public HashSet<TypeDefinitionHandle> Found { get; } = [];

        public void VisitType(PEReader pe, TypeDefinitionHandle handle)
        {
            var type = metadata.GetTypeDefinition(handle);
            Visit(type.BaseType);
            foreach (var implementation in type.GetInterfaceImplementations())
            {
                Visit(metadata.GetInterfaceImplementation(implementation).Interface);
            }
            foreach (var field in type.GetFields())
            {
                metadata.GetFieldDefinition(field).DecodeSignature(this, null);
            }
            foreach (var property in type.GetProperties())
            {
                metadata.GetPropertyDefinition(property).DecodeSignature(this, null);
            }
            foreach (var method in type.GetMethods())
            {
                var definition = metadata.GetMethodDefinition(method);
                definition.DecodeSignature(this, null);
                if (definition.RelativeVirtualAddress != 0)
                {
                    VisitBody(pe.GetMethodBody(definition.RelativeVirtualAddress));
                }
            }
            foreach (var nested in type.GetNestedTypes())
            {
                VisitType(pe, nested);
            }
        }

        private void VisitBody(MethodBodyBlock body)
        {
            if (!body.LocalSignature.IsNil)
            {
                metadata.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(this, null);
            }
            foreach (var region in body.ExceptionRegions)
            {
                Visit(region.CatchType);
            }
            var il = body.GetILReader();
            while (il.RemainingBytes > 0)
            {
                short value = il.ReadByte();
                if (value == 0xFE)
                {
                    value = unchecked((short)(0xFE00 | il.ReadByte()));
                }
                var opCode = OpCodesByValue[value];
                switch (opCode.OperandType)
                {
                    case OperandType.InlineField:
                    case OperandType.InlineMethod:
                    case OperandType.InlineTok:
                    case OperandType.InlineType:
                        Visit(MetadataTokens.EntityHandle(il.ReadInt32()));
                        break;
                    case OperandType.InlineSwitch:
                        var targets = il.ReadInt32(); // read first: "Offset += 4 * ReadInt32()" would read Offset before the count
                        il.Offset += 4 * targets;
                        break;
                    case OperandType.InlineI8:
                    case OperandType.InlineR:
                        il.Offset += 8;
                        break;
                    case OperandType.InlineBrTarget:
                    case OperandType.InlineI:
                    case OperandType.InlineSig:
                    case OperandType.InlineString:
                    case OperandType.ShortInlineR:
                        il.Offset += 4;
                        break;
                    case OperandType.InlineVar:
                        il.Offset += 2;
                        break;
                    case OperandType.ShortInlineBrTarget:
                    case OperandType.ShortInlineI:
                    case OperandType.ShortInlineVar:
                        il.Offset += 1;
                        break;
                }
            }
        }

        private void Visit(EntityHandle handle)
        {
            if (handle.IsNil)
            {
                return;
            }
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    Found.Add((TypeDefinitionHandle)handle);
                    break;
                case HandleKind.TypeSpecification:
                    metadata.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null);
                    break;
                case HandleKind.MethodDefinition:
                    Found.Add(metadata.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType());
                    break;
                case HandleKind.FieldDefinition:
                    Found.Add(metadata.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType());
                    break;
                case HandleKind.MemberReference:
                    var member = metadata.GetMemberReference((MemberReferenceHandle)handle);
                    Visit(member.Parent);
                    if (member.GetKind() == MemberReferenceKind.Method)
                    {
                        member.DecodeMethodSignature(this, null);
                    }
                    else
                    {
                        member.DecodeFieldSignature(this, null);
                    }
                    break;
                case HandleKind.MethodSpecification:
                    var specification = metadata.GetMethodSpecification((MethodSpecificationHandle)handle);
                    Visit(specification.Method);
                    specification.DecodeSignature(this, null);
                    break;
            }
        }

        public object? GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            Found.Add(handle);
            return null;
        }

        public object? GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public object? GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => null;

        public object? GetPrimitiveType(PrimitiveTypeCode typeCode) => null;

        public object? GetSZArrayType(object? elementType) => null;

        public object? GetArrayType(object? elementType, ArrayShape shape) => null;

        public object? GetByReferenceType(object? elementType) => null;

        public object? GetPointerType(object? elementType) => null;

        public object? GetPinnedType(object? elementType) => null;

        public object? GetGenericInstantiation(object? genericType, ImmutableArray<object?> typeArguments) => null;

        public object? GetGenericMethodParameter(object? genericContext, int index) => null;

        public object? GetGenericTypeParameter(object? genericContext, int index) => null;

        public object? GetModifiedType(object? modifier, object? unmodifiedType, bool isRequired) => null;

        public object? GetFunctionPointerType(MethodSignature<object?> signature) => null;
    }
}
