using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.Rules;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Api;

/// <summary>
/// Writes risk/check and risk/map answers from parts serialized once per facts snapshot: a map entry per State and
/// (obligation, status), a host's treaty status per status, a warrant per status, each name and enum value. A map
/// is then 196 copies; a check serializes only its day, explanation and citations. The bytes are exactly what
/// the serializer writes for <see cref="RiskCheckResponse"/> and <see cref="MapEntryResponse"/> with the app's JSON
/// options (RiskJsonTests compares them on thousands of random queries). The parts are bounded by the data,
/// whatever is asked (States × obligations × statuses, warrants × statuses), unlike an output cache entry per URL.
/// </summary>
public sealed partial class RiskJson(IOptions<JsonOptions> options)
{
    readonly JsonSerializerOptions _json = options.Value.SerializerOptions;
    readonly ConditionalWeakTable<RiskFacts, Parts> _parts = [];

    [ThreadStatic] static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] static Utf8JsonWriter? t_writer;

    /// <summary>Every State's obligation toward <paramref name="person"/> on <paramref name="day"/>, as JSON.</summary>
    public ReadOnlyMemory<byte> Map(RiskFacts facts, LeaderFacts person, DateOnly day)
    {
        var parts = PartsFor(facts);
        var buffer = Buffer();
        Write(buffer, "["u8);
        var countries = facts.CountriesByName;
        for (var i = 0; i < countries.Count; i++)
        {
            if (i > 0)
                Write(buffer, ","u8);
            var decision = ArrestObligationRules.Decide(day, countries[i], person.Warrants);
            Write(buffer, parts.MapEntry(i, countries[i], decision.Obligation, decision.HostStatus));
        }
        Write(buffer, "]"u8);
        return buffer.WrittenMemory;
    }

    /// <summary>
    /// The answer of risk/check, as JSON (the same as serializing <see cref="RiskAssessments.Check"/>).
    /// </summary>
    public ReadOnlyMemory<byte> Check(RiskFacts facts, LeaderFacts person, Country host, DateOnly day, DateOnly today)
    {
        var parts = PartsFor(facts);
        var (decision, explanation) = RiskAssessments.Explain(facts, person, host, day, today);
        var buffer = Buffer();
        var w = Writer(buffer);
        w.WriteStartObject();
        w.WritePropertyName(Names.Person);
        w.WriteRawValue(parts.Raw(person.Leader.Slug), skipInputValidation: true);
        w.WritePropertyName(Names.PersonName);
        w.WriteRawValue(parts.Raw(person.Leader.Name), skipInputValidation: true);
        w.WritePropertyName(Names.State);
        w.WriteRawValue(parts.Raw(host.Iso3), skipInputValidation: true);
        w.WritePropertyName(Names.StateName);
        w.WriteRawValue(parts.Raw(host.Name), skipInputValidation: true);
        w.WritePropertyName(Names.Date);
        WriteDate(w, day);
        w.WritePropertyName(Names.Obligation);
        w.WriteRawValue(parts.Enum(decision.Obligation), skipInputValidation: true);
        w.WritePropertyName(Names.Reason);
        w.WriteRawValue(parts.Enum(decision.Reason), skipInputValidation: true);
        w.WritePropertyName(Names.LegalBasis);
        WriteStrings(w, explanation.LegalBasis);
        w.WriteString(Names.Answer, explanation.Answer);
        w.WriteString(Names.Explanation, explanation.Text);
        w.WritePropertyName(Names.Caveats);
        WriteStrings(w, explanation.Caveats);
        w.WriteBoolean(Names.Contested, explanation.Contested);
        w.WritePropertyName(Names.HostStatus);
        w.WriteRawValue(parts.HostStatus(host, day), skipInputValidation: true);
        w.WritePropertyName(Names.Warrants);
        w.WriteStartArray();
        foreach (var warrant in person.Warrants)
            w.WriteRawValue(parts.Warrant(warrant, day), skipInputValidation: true);
        w.WriteEndArray();
        w.WritePropertyName(Names.DecidingWarrant);
        if (decision.WarrantIndex >= 0)
            w.WriteRawValue(parts.Raw(person.Warrants[decision.WarrantIndex].Warrant.Code), skipInputValidation: true);
        else
            w.WriteNullValue();
        w.WritePropertyName(Names.DataAsOf);
        WriteDate(w, facts.DataAsOf);
        w.WriteEndObject();
        w.Flush();
        return buffer.WrittenMemory;
    }

    /// <summary>One valid query of a batch.</summary>
    public readonly record struct BatchCheck(LeaderFacts Person, Country Host, DateOnly Day);

    /// <summary>
    /// The answers of POST risk/checks as a JSON array of <see cref="RiskCheckSummaryResponse"/>, flushed every
    /// <see cref="FlushBytes"/> so a 1,000-answer batch (140 KB) is never held whole. Each answer is three copies: its
    /// person and State (cached per pair), its day, and its decision (cached per decision and warrant).
    /// </summary>
    public async Task WriteChecksAsync(
        System.IO.Pipelines.PipeWriter body,
        RiskFacts facts,
        ArraySegment<BatchCheck> checks,
        CancellationToken ct)
    {
        var parts = PartsFor(facts);
        body.Write("["u8);
        for (var i = 0; i < checks.Count; i++)
        {
            WriteSummary(body, parts, checks[i], comma: i > 0);
            // A send per 32 KB: streamed, without a system call for every few answers.
            if (body.CanGetUnflushedBytes ? body.UnflushedBytes >= FlushBytes : i % 256 == 255)
                await body.FlushAsync(ct);
        }
        body.Write("]"u8);
        await body.FlushAsync(ct);
    }

    const int FlushBytes = 32 * 1024;

    /// <summary>
    /// One answer of a batch, as the batch writes it (public for RiskJsonTests, which compares it with the
    /// serializer's).
    /// </summary>
    public ReadOnlyMemory<byte> Summary(RiskFacts facts, BatchCheck check)
    {
        var buffer = Buffer();
        WriteSummary(buffer, PartsFor(facts), check, comma: false);
        return buffer.WrittenMemory;
    }

    static void WriteSummary(IBufferWriter<byte> body, Parts parts, BatchCheck check, bool comma)
    {
        var decision = ArrestObligationRules.Decide(check.Day, check.Host, check.Person.Warrants);
        var prefix = parts.SummaryPrefix(check.Person, check.Host);
        var suffix = parts.SummarySuffix(check.Person, decision);
        var span = body.GetSpan(prefix.Length + suffix.Length + 16);
        var n = 0;
        if (comma)
            span[n++] = (byte)',';
        prefix.CopyTo(span[n..]);
        n += prefix.Length;
        check.Day.TryFormat(
            span[n..],
            out var written,
            "yyyy-MM-dd",
            System.Globalization.CultureInfo.InvariantCulture);
        n += written;
        suffix.CopyTo(span[n..]);
        body.Advance(n + suffix.Length);
    }

    Parts PartsFor(RiskFacts facts) => _parts.GetValue(facts, _ => new Parts(_json));

    static ArrayBufferWriter<byte> Buffer()
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(32 * 1024);
        buffer.ResetWrittenCount();
        return buffer;
    }

    Utf8JsonWriter Writer(ArrayBufferWriter<byte> buffer)
    {
        if (t_writer is { } writer)
        {
            writer.Reset(buffer);
            return writer;
        }
        // The serializer's own writer settings: its encoder, no indentation.
        return t_writer = new Utf8JsonWriter(
            buffer,
            new JsonWriterOptions { Encoder = _json.Encoder, Indented = _json.WriteIndented, SkipValidation = true });
    }

    static void Write(ArrayBufferWriter<byte> buffer, ReadOnlySpan<byte> bytes) => buffer.Write(bytes);

    static void WriteDate(Utf8JsonWriter w, DateOnly day)
    {
        Span<byte> text = stackalloc byte[10];
        day.TryFormat(text, out var length, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        w.WriteStringValue(text[..length]);
    }

    static void WriteStrings(Utf8JsonWriter w, IReadOnlyList<string> values)
    {
        w.WriteStartArray();
        foreach (var value in values)
            w.WriteStringValue(value);
        w.WriteEndArray();
    }

    /// <summary>The property names as the serializer writes them (camelCase).</summary>
    static class Names
    {
        public static readonly JsonEncodedText Person = JsonEncodedText.Encode("person");
        public static readonly JsonEncodedText PersonName = JsonEncodedText.Encode("personName");
        public static readonly JsonEncodedText State = JsonEncodedText.Encode("state");
        public static readonly JsonEncodedText StateName = JsonEncodedText.Encode("stateName");
        public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
        public static readonly JsonEncodedText Obligation = JsonEncodedText.Encode("obligation");
        public static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");
        public static readonly JsonEncodedText LegalBasis = JsonEncodedText.Encode("legalBasis");
        public static readonly JsonEncodedText Answer = JsonEncodedText.Encode("answer");
        public static readonly JsonEncodedText Explanation = JsonEncodedText.Encode("explanation");
        public static readonly JsonEncodedText Caveats = JsonEncodedText.Encode("caveats");
        public static readonly JsonEncodedText Contested = JsonEncodedText.Encode("contested");
        public static readonly JsonEncodedText HostStatus = JsonEncodedText.Encode("hostStatus");
        public static readonly JsonEncodedText Warrants = JsonEncodedText.Encode("warrants");
        public static readonly JsonEncodedText DecidingWarrant = JsonEncodedText.Encode("decidingWarrant");
        public static readonly JsonEncodedText DataAsOf = JsonEncodedText.Encode("dataAsOf");
    }
}
