using System.Reflection;
using System.Text.Json;
using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Telemetry;
using Monitoring.Fleet.Night;
using Monitoring.Server.Ingest;

namespace Monitoring.Server.Tests.Telemetry;

/// <summary>
/// The hand-written forms of the telemetry event, kept for speed or for their callers, name exactly
/// the fields of <see cref="TelemetrySchema"/>.
/// </summary>
public sealed class TelemetrySchemaDriftTests
{
    private static readonly string[] SchemaNames = [.. TelemetrySchema.Fields.Select(f => f.Name)];

    [Fact]
    public void TelemetryEvent_PropertiesInIdOrder_AreTheSchemaFieldsInOrder()
    {
        var properties = typeof(TelemetryEvent).GetProperties()
            .Select(p => (Property: p, Id: p.GetCustomAttribute<IdAttribute>()))
            .Where(p => p.Id is not null)
            .OrderBy(p => p.Id!.Id)
            .Select(p => Camel(p.Property.Name));

        Assert.Equal(SchemaNames, properties);
    }

    [Fact]
    public void RawEvent_Fields_AreTheSchemaFieldsInOrder()
    {
        var fields = typeof(RawEvent).GetFields(BindingFlags.Public | BindingFlags.Instance)
            .Where(f => f.Name is not (nameof(RawEvent.Error) or nameof(RawEvent.ErrorField)))
            .Select(f => Camel(f.Name));

        Assert.Equal(SchemaNames, fields);
    }

    [Fact]
    public void FieldReader_NameBuffer_HoldsEverySchemaName()
    {
        Assert.All(SchemaNames, name => Assert.True(name.Length < FieldReader.MaxName, $"{name} is longer than the parser reads"));
    }

    [Fact]
    public void NightEvent_WireProperties_AreTheSchemaFields()
    {
        string[] bookkeeping = [nameof(NightEvent.Guard), nameof(NightEvent.DeliverAt), nameof(NightEvent.IsBuffered)];
        var properties = typeof(NightEvent).GetProperties()
            .Where(p => !bookkeeping.Contains(p.Name))
            .Select(p => Camel(p.Name));

        Assert.Equal(SchemaNames.Order(StringComparer.Ordinal), properties.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NightWireNames_Names_AreTheSchemaFieldsAndTheBatchProperty()
    {
        var names = typeof(NightWireNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => ((JsonEncodedText)f.GetValue(null)!).Value);

        Assert.Equal(SchemaNames.Append(TelemetrySchema.Events).Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TypeField_Values_AreEveryEventTypeInEnumOrder()
    {
        var type = Assert.Single(TelemetrySchema.Fields, f => f.Name == TelemetrySchema.Type);

        Assert.Equal(Enum.GetValues<EventType>().Select(t => t.ToWire()), type.Values!);
        Assert.Equal(Enum.GetValues<EventType>().Length, type.Values!.Distinct().Count());
    }

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
