using System.Globalization;
using System.Text.RegularExpressions;

namespace TravelRisk.Browser.Tests.Infrastructure;

/// <summary>
/// How a colour looks with red-green colour blindness, and how far apart two colours are. The simulation is
/// Machado, Oliveira and Fernandes (2009), "A Physiologically-based Model for Simulation of Color Vision Deficiency",
/// IEEE TVCG 15(6), severity 1.0, applied to linear sRGB; the distance is CIE76 ΔE in CIE L*a*b* (D65).
/// </summary>
public static partial class ColourVision
{
    public static readonly double[,] Protanopia =
    {
        { 0.152286, 1.052583, -0.204868 },
        { 0.114503, 0.786281, 0.099216 },
        { -0.003882, -0.048116, 1.051998 },
    };

    public static readonly double[,] Deuteranopia =
    {
        { 0.367322, 0.860646, -0.227968 },
        { 0.280085, 0.672501, 0.047413 },
        { -0.011820, 0.042940, 0.968881 },
    };

    public static readonly double[,] Normal = { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } };

    /// <summary>"rgb(213, 94, 0)" as the browser reports a computed colour.</summary>
    public static (byte R, byte G, byte B) Parse(string css)
    {
        var m = Rgb().Match(css);
        if (!m.Success)
            throw new FormatException($"Not an rgb() colour: {css}");
        return (Channel(m.Groups[1].Value), Channel(m.Groups[2].Value), Channel(m.Groups[3].Value));
    }

    /// <summary>CIE76 ΔE between two colours as seen through <paramref name="simulation"/>.</summary>
    public static double DeltaE((byte R, byte G, byte B) a, (byte R, byte G, byte B) b, double[,] simulation)
    {
        var (l1, a1, b1) = Lab(Simulate(a, simulation));
        var (l2, a2, b2) = Lab(Simulate(b, simulation));
        return Math.Sqrt(((l1 - l2) * (l1 - l2)) + ((a1 - a2) * (a1 - a2)) + ((b1 - b2) * (b1 - b2)));
    }

    static double[] Simulate((byte R, byte G, byte B) c, double[,] m)
    {
        double[] rgb = [Linear(c.R), Linear(c.G), Linear(c.B)];
        var result = new double[3];
        for (var i = 0; i < 3; i++)
            result[i] = Math.Clamp((m[i, 0] * rgb[0]) + (m[i, 1] * rgb[1]) + (m[i, 2] * rgb[2]), 0, 1);
        return result;
    }

    static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    static (double L, double A, double B) Lab(double[] rgb)
    {
        var x = (0.4124564 * rgb[0]) + (0.3575761 * rgb[1]) + (0.1804375 * rgb[2]);
        var y = (0.2126729 * rgb[0]) + (0.7151522 * rgb[1]) + (0.0721750 * rgb[2]);
        var z = (0.0193339 * rgb[0]) + (0.1191920 * rgb[1]) + (0.9503041 * rgb[2]);
        static double F(double t) => t > 216.0 / 24389 ? Math.Cbrt(t) : ((24389.0 / 27 * t) + 16) / 116;
        double fx = F(x / 0.95047), fy = F(y), fz = F(z / 1.08883);
        return ((116 * fy) - 16, 500 * (fx - fy), 200 * (fy - fz));
    }

    static byte Channel(string value) => (byte)Math.Round(double.Parse(value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)")]
    private static partial Regex Rgb();
}
