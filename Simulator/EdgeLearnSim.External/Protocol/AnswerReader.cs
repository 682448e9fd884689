using System.Globalization;
using System.Text.Json;

namespace EdgeLearnSim.External.Protocol;

/// <summary>
/// The one way a program's JSON answer is read (offline replies and step replies alike): the text must be one JSON
/// object without duplicate fields, and every value is checked for its JSON type and range before it is used, so
/// a malformed answer is a <see cref="MalformedAnswerException"/> naming the field and what was found, never
/// System.Text.Json's InvalidOperationException about element types.
/// </summary>
internal static class AnswerReader
{
    private const int ShownLength = 40;

    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    /// <summary>Parses <paramref name="answer"/> as one JSON object; the caller disposes the document.</summary>
    public static JsonDocument ParseObject(ReadOnlyMemory<byte> answer)
    {
        if (answer.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new MalformedAnswerException("printed nothing; expected one JSON object");
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(answer, Strict);
        }
        catch (JsonException e)
        {
            throw new MalformedAnswerException($"printed something that is not JSON ({e.Message})", e);
        }
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            var found = Describe(document.RootElement);
            document.Dispose();
            throw new MalformedAnswerException($"answered with {found}; expected a JSON object");
        }
        return document;
    }

    /// <summary>The field's value, or null when the answer has no such field (a JSON null is returned as a value).</summary>
    public static JsonElement? Field(JsonElement answer, string name) => answer.TryGetProperty(name, out var value) ? value : null;

    /// <summary>
    /// <paramref name="value"/> as an array of exactly <paramref name="length"/> items, or a failure naming
    /// <paramref name="field"/> and <paramref name="expected"/> (for example <c>an array of 40 edge indices</c>).
    /// </summary>
    public static JsonElement ExactArray(JsonElement value, string field, int length, string expected)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() != length)
        {
            throw new MalformedAnswerException($"'{field}' is {Describe(value)}; expected {expected}");
        }
        return value;
    }

    /// <summary>
    /// True when <paramref name="value"/> is an integer in <paramref name="lowest"/>..<paramref name="highest"/>.
    /// An integral number written with a fraction or exponent (3.0, 3e0) counts, as in JSON Schema's <c>integer</c>.
    /// </summary>
    public static bool TryInteger(JsonElement value, int lowest, int highest, out int integer)
    {
        integer = 0;
        if (value.ValueKind != JsonValueKind.Number)
        {
            return false;
        }
        if (!value.TryGetInt32(out integer))
        {
            if (!value.TryGetDouble(out var number) || number != Math.Floor(number) || number < int.MinValue || number > int.MaxValue)
            {
                return false;
            }
            integer = (int)number;
        }
        return integer >= lowest && integer <= highest;
    }

    /// <summary>True when <paramref name="value"/> is a finite number ≥ 0.</summary>
    public static bool TryNonNegative(JsonElement value, out double number)
    {
        number = 0;
        return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out number) && double.IsFinite(number) && number >= 0;
    }

    /// <summary>What a value is, for messages: <c>"1" (a string)</c>, <c>null</c>, <c>true (a boolean)</c>, <c>1.5</c>, <c>an array of 3</c>, <c>an object</c>.</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "null",
        JsonValueKind.True or JsonValueKind.False => $"{value.GetRawText()} (a boolean)",
        JsonValueKind.String => $"{Shortened(value.GetRawText())} (a string)",
        JsonValueKind.Number => Shortened(value.GetRawText()),
        JsonValueKind.Array => string.Create(CultureInfo.InvariantCulture, $"an array of {value.GetArrayLength()}"),
        _ => "an object",
    };

    private static string Shortened(string raw) => raw.Length <= ShownLength ? raw : string.Concat(raw.AsSpan(0, ShownLength), "…");
}
