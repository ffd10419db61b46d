// Check-digit validators (Presidio's "validate_result"): a number that fails its check digit is not
// the identifier it looks like, so the match is dropped.

/** Luhn mod 10 over a string of digits (SIN, OHIP). */
export function luhnValid(digits: string): boolean {
  if (!/^\d{2,19}$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** British Columbia Personal Health Number: 10 digits, first is 9, mod 11 with weights on digits 2–9. */
export function bcPhnValid(digits: string): boolean {
  if (!/^9\d{9}$/.test(digits)) return false;
  const weights = [2, 4, 8, 5, 10, 9, 7, 3];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += ((digits.charCodeAt(i + 1) - 48) * (weights[i] as number)) % 11;
  const check = 11 - (sum % 11);
  return check < 10 && check === digits.charCodeAt(9) - 48;
}

/** Digits only. */
export function digitsOf(text: string): string {
  return text.replace(/\D/g, "");
}
