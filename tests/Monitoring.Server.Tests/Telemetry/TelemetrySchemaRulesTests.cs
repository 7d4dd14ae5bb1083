using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Telemetry;
using static Monitoring.Server.Tests.Telemetry.SchemaProbe;

namespace Monitoring.Server.Tests.Telemetry;

/// <summary>
/// The parser and validator against <see cref="TelemetrySchema"/>, field by field: each field is
/// read, and each kind, presence rule and bound in the schema is the one enforced.
/// </summary>
public sealed class TelemetrySchemaRulesTests
{
    public static TheoryData<string> AllFields => Names(_ => true);

    public static TheoryData<string> BoundedFields => Names(f => f.Minimum is not null || f.Maximum is not null || f.MaxLength is not null);

    public static TheoryData<string> RequiredFields => Names(f => f.Required);

    public static TheoryData<string> FieldsRequiredOnAType => Names(f => f.RequiredOn is not null);

    public static TheoryData<string> FieldsOnlyOnAType => Names(f => f.OnlyOn is not null);

    public static TheoryData<string> IdFields => Names(f => f.IsId);

    [Theory]
    [MemberData(nameof(AllFields))]
    public void Parse_FieldWithAValidValue_ReachesTheEvent(string name)
    {
        var field = Field(name);

        var e = Accepted(Parse(Event(field, (name, Valid(field)))));

        Assert.NotNull(typeof(TelemetryEvent).GetProperty(Pascal(name))!.GetValue(e));
    }

    [Theory]
    [MemberData(nameof(AllFields))]
    public void Parse_FieldOfAnotherKind_RejectedNamingIt(string name)
    {
        var field = Field(name);

        RejectedFor(Parse(Event(field, (name, WrongKind(field)))), name);
    }

    [Theory]
    [MemberData(nameof(BoundedFields))]
    public void Parse_FieldAtItsBounds_Accepted(string name)
    {
        var field = Field(name);

        foreach (var value in Inside(field))
        {
            Accepted(Parse(Event(field, (name, value))));
        }
    }

    [Theory]
    [MemberData(nameof(BoundedFields))]
    public void Parse_FieldPastItsBounds_RejectedNamingIt(string name)
    {
        var field = Field(name);

        foreach (var value in Outside(field))
        {
            RejectedFor(Parse(Event(field, (name, value))), name);
        }
    }

    [Theory]
    [MemberData(nameof(RequiredFields))]
    public void Parse_RequiredFieldMissing_RejectedNamingIt(string name)
    {
        RejectedFor(Parse(Event(Field(name), (name, null))), name);
    }

    [Theory]
    [MemberData(nameof(FieldsRequiredOnAType))]
    public void Parse_FieldMissingOnTheTypeThatNeedsIt_RejectedNamingIt(string name)
    {
        var field = Field(name);
        var other = Enum.GetValues<EventType>().First(t => t != field.RequiredOn);

        RejectedFor(Parse(Event(field, (name, null))), name);
        Accepted(Parse(Event(field, (name, null), (TelemetrySchema.Type, Quote(other.ToWire())))));
    }

    [Theory]
    [MemberData(nameof(FieldsOnlyOnAType))]
    public void Parse_FieldOnAnotherType_RejectedNamingIt(string name)
    {
        var field = Field(name);

        foreach (var other in Enum.GetValues<EventType>().Where(t => t != field.OnlyOn))
        {
            RejectedFor(Parse(Event(field, (name, Valid(field)), (TelemetrySchema.Type, Quote(other.ToWire())))), name);
        }
    }

    [Theory]
    [MemberData(nameof(IdFields))]
    public void Parse_IdOutsideTheIdCharacters_RejectedNamingIt(string name)
    {
        var field = Field(name);

        Assert.Matches(TelemetrySchema.IdPattern, "aZ0._:-");
        Accepted(Parse(Event(field, (name, Quote("aZ0._:-")))));
        foreach (var bad in new[] { "", "a b", "a/b", "é" })
        {
            Assert.DoesNotMatch(TelemetrySchema.IdPattern, bad);
            RejectedFor(Parse(Event(field, (name, Quote(bad)))), name);
        }
    }

    [Fact]
    public void Parse_EveryTypeOfTheSchema_AcceptedAndNoOther()
    {
        var type = Field(TelemetrySchema.Type);

        foreach (var value in type.Values!)
        {
            Assert.Equal(value, Accepted(Parse(Event(type, (type.Name, Quote(value))))).Type.ToWire());
        }

        RejectedFor(Parse(Event(type, (type.Name, Quote("shift_started")))), type.Name);
    }

    private static IEnumerable<string> Inside(TelemetryField field)
    {
        if (field.Minimum is { } min)
        {
            yield return Number(min);
        }

        if (field.Maximum is { } max)
        {
            yield return Number(max);
        }

        if (field.MaxLength is { } length)
        {
            yield return Quote(new string('a', length));
        }
    }

    private static IEnumerable<string> Outside(TelemetryField field)
    {
        var step = field.Kind == TelemetryValueKind.Integer ? 1 : 0.5;
        if (field.Minimum is { } min)
        {
            yield return Number(min - step);
        }

        if (field.Maximum is { } max)
        {
            yield return Number(max + step);
        }

        if (field.MaxLength is { } length)
        {
            yield return Quote(new string('a', length + 1));
        }
    }

    private static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
