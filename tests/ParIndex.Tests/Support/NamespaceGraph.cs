using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace ParIndex.Tests.Support;

/// <summary>
/// The namespaces of a compiled assembly and which of its own types each namespace uses, read from the metadata: base
/// types and interfaces, generic parameters' constraints, fields, method signatures and locals, catch clauses, custom
/// attributes (their constructors and the types and enums among their arguments), and every type, method and field
/// token in the method bodies' IL (lambdas and iterators are nested types, so their bodies count for the type that
/// declares them). References to other assemblies are ignored.
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
            VisitAttributes(type.GetCustomAttributes());
            VisitGenericParameters(type.GetGenericParameters());
            foreach (var implementation in type.GetInterfaceImplementations())
            {
                Visit(metadata.GetInterfaceImplementation(implementation).Interface);
            }
            foreach (var field in type.GetFields())
            {
                var definition = metadata.GetFieldDefinition(field);
                definition.DecodeSignature(this, null);
                VisitAttributes(definition.GetCustomAttributes());
            }
            foreach (var property in type.GetProperties())
            {
                var definition = metadata.GetPropertyDefinition(property);
                definition.DecodeSignature(this, null);
                VisitAttributes(definition.GetCustomAttributes());
            }
            foreach (var @event in type.GetEvents())
            {
                var definition = metadata.GetEventDefinition(@event);
                Visit(definition.Type);
                VisitAttributes(definition.GetCustomAttributes());
            }
            foreach (var method in type.GetMethods())
            {
                var definition = metadata.GetMethodDefinition(method);
                definition.DecodeSignature(this, null);
                VisitAttributes(definition.GetCustomAttributes());
                VisitGenericParameters(definition.GetGenericParameters());
                foreach (var parameter in definition.GetParameters())
                {
                    VisitAttributes(metadata.GetParameter(parameter).GetCustomAttributes());
                }
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

        // An attribute's constructor is a method token; its arguments are decoded for the types among them.
        private void VisitAttributes(CustomAttributeHandleCollection attributes)
        {
            foreach (var handle in attributes)
            {
                var attribute = metadata.GetCustomAttribute(handle);
                Visit(attribute.Constructor);
                var value = attribute.DecodeValue(new AttributeTypes(metadata, Found));
                foreach (var argument in value.FixedArguments.Concat(value.NamedArguments.Select(n => new CustomAttributeTypedArgument<AttributeType>(n.Type, n.Value))))
                {
                    VisitArgument(argument);
                }
            }
        }

        // An enum argument's type, and the types inside an array argument (a typeof adds its type while decoding).
        private void VisitArgument(CustomAttributeTypedArgument<AttributeType> argument)
        {
            if (argument.Type.Definition is { } type)
            {
                Found.Add(type);
            }
            if (argument.Value is ImmutableArray<CustomAttributeTypedArgument<AttributeType>> elements)
            {
                foreach (var element in elements)
                {
                    VisitArgument(element);
                }
            }
        }

        private void VisitGenericParameters(GenericParameterHandleCollection parameters)
        {
            foreach (var handle in parameters)
            {
                var parameter = metadata.GetGenericParameter(handle);
                VisitAttributes(parameter.GetCustomAttributes());
                foreach (var constraint in parameter.GetConstraints())
                {
                    var definition = metadata.GetGenericParameterConstraint(constraint);
                    Visit(definition.Type);
                    VisitAttributes(definition.GetCustomAttributes());
                }
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
                    default:
                        il.Offset += OperandSize(opCode.OperandType);
                        break;
                }
            }
        }

        // The bytes of an operand that names no type (ECMA-335 III.1.9): skipped; InlineNone has none.
        private static int OperandSize(OperandType type) => type switch
        {
            OperandType.InlineI8 or OperandType.InlineR => 8,
            OperandType.InlineBrTarget or OperandType.InlineI or OperandType.InlineSig or OperandType.InlineString or OperandType.ShortInlineR => 4,
            OperandType.InlineVar => 2,
            OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
            _ => 0,
        };

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

    /// <summary>A type as the attribute decoder sees it: one of the assembly's (<see cref="Definition"/>),
    /// <see cref="System.Type"/> (whose arguments are names), or another assembly's, by its full name.</summary>
    private sealed record AttributeType(TypeDefinitionHandle? Definition, bool IsSystemType = false, string? Name = null);

    /// <summary>Decodes custom-attribute values; a <c>typeof</c> argument, which the value holds only as a serialized
    /// name, is looked up among the assembly's types and added to <paramref name="found"/>.</summary>
    private sealed class AttributeTypes(MetadataReader metadata, HashSet<TypeDefinitionHandle> found) : ICustomAttributeTypeProvider<AttributeType>
    {
        private static readonly AttributeType SystemType = new(null, IsSystemType: true);
        private static readonly AttributeType Other = new(null);

        public AttributeType GetPrimitiveType(PrimitiveTypeCode typeCode) => Other;

        public AttributeType GetSystemType() => SystemType;

        public AttributeType GetSZArrayType(AttributeType elementType) => elementType;

        public AttributeType GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => new(handle);

        public AttributeType GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var name = ReferenceName(reader, handle);
            return name == "System.Type" ? SystemType : new(null, Name: name);
        }

        public AttributeType GetTypeFromSerializedName(string name)
        {
            var type = Find(name);
            if (type is { } definition)
            {
                found.Add(definition);
            }
            return new(type, Name: name.Split(',')[0].Trim());
        }

        public bool IsSystemType(AttributeType type) => type.IsSystemType;

        // An enum of the assembly is read as the type of its value__ field; one of another assembly (an int, or a byte as
        // System.Text.Json's JsonCommentHandling) is asked of the runtime, which has loaded it to run these tests.
        public PrimitiveTypeCode GetUnderlyingEnumType(AttributeType type)
        {
            if (type.Definition is { } definition)
            {
                foreach (var field in metadata.GetTypeDefinition(definition).GetFields())
                {
                    var value = metadata.GetFieldDefinition(field);
                    if ((value.Attributes & System.Reflection.FieldAttributes.Static) == 0)
                    {
                        return value.DecodeSignature(new EnumUnderlyingType(), null);
                    }
                }
            }
            var loaded = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(type.Name ?? string.Empty)).FirstOrDefault(t => t is { IsEnum: true })
                ?? throw new InvalidOperationException("Cannot tell the underlying type of the enum " + type.Name + " in an attribute");
            return Type.GetTypeCode(Enum.GetUnderlyingType(loaded)) switch
            {
                TypeCode.SByte => PrimitiveTypeCode.SByte,
                TypeCode.Byte => PrimitiveTypeCode.Byte,
                TypeCode.Int16 => PrimitiveTypeCode.Int16,
                TypeCode.UInt16 => PrimitiveTypeCode.UInt16,
                TypeCode.UInt32 => PrimitiveTypeCode.UInt32,
                TypeCode.Int64 => PrimitiveTypeCode.Int64,
                TypeCode.UInt64 => PrimitiveTypeCode.UInt64,
                _ => PrimitiveTypeCode.Int32,
            };
        }

        private static string ReferenceName(MetadataReader reader, TypeReferenceHandle handle)
        {
            var reference = reader.GetTypeReference(handle);
            return reference.ResolutionScope.Kind == HandleKind.TypeReference
                ? ReferenceName(reader, (TypeReferenceHandle)reference.ResolutionScope) + "+" + reader.GetString(reference.Name)
                : (reference.Namespace.IsNil ? string.Empty : reader.GetString(reference.Namespace) + ".") + reader.GetString(reference.Name);
        }

        // "Namespace.Outer+Inner, Assembly, …": the assembly's own types only.
        private TypeDefinitionHandle? Find(string serializedName)
        {
            var name = serializedName.Split(',')[0].Trim();
            foreach (var handle in metadata.TypeDefinitions)
            {
                if (FullName(handle) == name)
                {
                    return handle;
                }
            }
            return null;
        }

        private string FullName(TypeDefinitionHandle handle)
        {
            var type = metadata.GetTypeDefinition(handle);
            return type.IsNested
                ? FullName(type.GetDeclaringType()) + "+" + metadata.GetString(type.Name)
                : (type.Namespace.IsNil ? string.Empty : metadata.GetString(type.Namespace) + ".") + metadata.GetString(type.Name);
        }
    }

    /// <summary>Reads the primitive type of an enum's value__ field.</summary>
    private sealed class EnumUnderlyingType : ISignatureTypeProvider<PrimitiveTypeCode, object?>
    {
        public PrimitiveTypeCode GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode;

        public PrimitiveTypeCode GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => PrimitiveTypeCode.Int32;

        public PrimitiveTypeCode GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => PrimitiveTypeCode.Int32;

        public PrimitiveTypeCode GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) => PrimitiveTypeCode.Int32;

        public PrimitiveTypeCode GetSZArrayType(PrimitiveTypeCode elementType) => elementType;

        public PrimitiveTypeCode GetArrayType(PrimitiveTypeCode elementType, ArrayShape shape) => elementType;

        public PrimitiveTypeCode GetByReferenceType(PrimitiveTypeCode elementType) => elementType;

        public PrimitiveTypeCode GetPointerType(PrimitiveTypeCode elementType) => elementType;

        public PrimitiveTypeCode GetPinnedType(PrimitiveTypeCode elementType) => elementType;

        public PrimitiveTypeCode GetGenericInstantiation(PrimitiveTypeCode genericType, ImmutableArray<PrimitiveTypeCode> typeArguments) => genericType;

        public PrimitiveTypeCode GetGenericMethodParameter(object? genericContext, int index) => PrimitiveTypeCode.Int32;

        public PrimitiveTypeCode GetGenericTypeParameter(object? genericContext, int index) => PrimitiveTypeCode.Int32;

        public PrimitiveTypeCode GetModifiedType(PrimitiveTypeCode modifier, PrimitiveTypeCode unmodifiedType, bool isRequired) => unmodifiedType;

        public PrimitiveTypeCode GetFunctionPointerType(MethodSignature<PrimitiveTypeCode> signature) => PrimitiveTypeCode.IntPtr;
    }
}
