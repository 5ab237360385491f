using System.Text.Json;
using System.Text.Json.Serialization;

namespace TravelRisk.Web.Api;

/// <summary>
/// Enums in request bodies by name (case-insensitive) or by a defined number only.
/// <see cref="JsonStringEnumConverter"/> alone accepts any number ("status": 99), which was stored and later
/// returned outside the document's enums. A refused value is a <see cref="JsonException"/>, which
/// <see cref="JsonBody"/> reports against its field. Writes names.
/// </summary>
public sealed class StrictEnumConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Strict<>).MakeGenericType(typeToConvert))!;

    sealed class Strict<TEnum> : JsonConverter<TEnum> where TEnum : struct, Enum
    {
        static readonly string Names = string.Join(", ", Enum.GetNames<TEnum>());

        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    var name = reader.GetString()!.Trim();
                    // Names only: "3" or "Planned, Reported" would parse as numbers or flags.
                    if (name.Length > 0 && char.IsAsciiLetter(name[0]) && !name.Contains(',')
                        && Enum.TryParse<TEnum>(name, ignoreCase: true, out var named) && Enum.IsDefined(named))
                        return named;
                    break;
                case JsonTokenType.Number:
                    if (reader.TryGetInt32(out var number)
                        && (TEnum)Enum.ToObject(typeof(TEnum), number) is var numbered
                        && Enum.IsDefined(numbered))
                        return numbered;
                    break;
            }
            throw new JsonException($"Expected one of {Names}.");
        }

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
