namespace Monitoring.Domain.Notifications;

/// <summary>Checks an inhibition rule: known source and target types, none both (an alert would inhibit its own kind), and a known scope.</summary>
public static class InhibitionRules
{
    public static IReadOnlyList<string> Scopes { get; } = ["guard", "device", "site"];

    public static IReadOnlyList<BookError> Check(InhibitionInput rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var errors = new BookErrors();
        errors.Check(!BookIds.IsValid(rule.InhibitionId), "inhibitionId", BookIds.Rule);
        BookText.Optional(errors, rule.Name, "name", BookLimits.NameLength);
        Types(errors, rule.SourceTypes ?? [], "sourceTypes");
        Types(errors, rule.TargetTypes ?? [], "targetTypes");
        var sources = new HashSet<string?>(rule.SourceTypes ?? [], StringComparer.Ordinal);
        var targets = rule.TargetTypes ?? [];
        for (var i = 0; i < targets.Count; i++)
        {
            errors.Check(targets[i] is not null && sources.Contains(targets[i]), $"targetTypes[{i}]", "is also a source type");
        }

        errors.Check(rule.SourceMinSeverity is { } s && !Enum.IsDefined(s), "sourceMinSeverity", "must be low, medium, high or critical");
        errors.Check(rule.Equal is null || !Scopes.Contains(rule.Equal, StringComparer.Ordinal), "equal", "required, one of " + string.Join(", ", Scopes));
        return errors.List;
    }

    private static void Types(BookErrors errors, IReadOnlyList<string?> types, string field)
    {
        if (!errors.Check(types.Count == 0, field, "required, at least one alert type"))
        {
            RouteRules.Each(errors, types, field, BookLimits.TypesPerItem, (type, path) =>
                errors.Check(!AlertTypeCatalog.IsKnown(type), path, "must be one of " + AlertTypeCatalog.Known));
        }
    }
}
