import Foundation

/// Half a unit of the last decimal the writer gave, in base units: the
/// rounding a figure may hide (0 for a whole count of single things, 232 起;
/// 500 for 12.5万人).
func halfUnit(_ q: Quantity) -> Double {
  // The factor of the unit beyond its scale words (成 → %, 千人 → 人): the
  // rounding is read on the number with its scale words applied.
  let scaled = q.value * q.scale
  guard scaled != 0 else { return 0 }
  let factor = abs(q.normalizedValue / scaled)
  if q.decimals == 0 && factor <= 1 { return 0 }
  return 0.5 * pow(10, Double(-q.decimals)) * factor
}

/// Whether a stated percentage agrees with `n` ÷ `d` × 100 − `minus` (a rate,
/// or with `minus` 100 a growth; `sign` −1 for a decrease), allowing for the
/// rounding of all three: 1.2 亿 over 1.1 亿 may be anything from 1.15 ÷ 1.15
/// to 1.25 ÷ 1.05.
func percentAgrees(
  _ n: Quantity, _ d: Quantity, stated: Double, decimals: Int, minus: Double = 0, sign: Double = 1
) -> Bool {
  let hn = halfUnit(n)
  let hd = halfUnit(d)
  let lowD = d.normalizedValue - hd
  guard lowD > 0 else { return true }
  let a = sign * ((n.normalizedValue - hn) / (d.normalizedValue + hd) * 100 - minus)
  let b = sign * ((n.normalizedValue + hn) / lowD * 100 - minus)
  let half = 0.5 * pow(10, Double(-decimals)) + 1e-9
  return stated + half >= min(a, b) && stated - half <= max(a, b)
}

/// A stated change `z` (a percentage or an amount, up or down by its word)
/// set against the change from level `a` to level `b`: whether it holds
/// within the rounding of all three, the change the levels give (signed by
/// the word), whether the word is a decrease, and the arithmetic. Nil when
/// an amount is approximate (no exact check is possible). The arithmetic
/// is shown on the levels in their base unit (`normalizedValue`).
struct StatedChangeCheck {
  var ok: Bool
  var computed: Double
  var down: Bool
  var note: String

  init?(stated z: Quantity, from a: Quantity, to b: Quantity) {
    down = z.isDecrease
    if z.isPercent {
      computed = (b.normalizedValue - a.normalizedValue) / a.normalizedValue * 100
      if down { computed = -computed }
      ok = percentAgrees(
        b, a, stated: z.normalizedValue, decimals: z.approx == .exact ? z.decimals : max(0, z.decimals - 1), minus: 100,
        sign: down ? -1 : 1)
      let (x, y) = (a.normalizedValue, b.normalizedValue)
      note = "(\(format(y)) − \(format(x))) ÷ \(format(x)) × 100% = \(format(down ? -computed : computed, digits: 4))%"
    } else {
      // An absolute change: 由 1120 件增加到 1430 件，增加 310 件.
      guard z.approx == .exact, a.approx == .exact, b.approx == .exact else { return nil }
      computed = (b.normalizedValue - a.normalizedValue) * (down ? -1 : 1)
      ok = abs(computed - z.normalizedValue) <= halfUnit(a) + halfUnit(b) + halfUnit(z) + 1e-9
      note =
        "\(format(b.normalizedValue)) − \(format(a.normalizedValue)) = \(format(b.normalizedValue - a.normalizedValue))"
    }
  }

  /// The change the levels give, as the report would write it.
  func amount(_ z: Quantity) -> String {
    z.isPercent ? "\(format(computed, digits: 2))%" : "\(format(computed)) \(z.baseUnit)"
  }
}
