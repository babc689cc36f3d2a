export default function LetterPage() {
  return null;
}
