export default function CheckAnswersPage() {
  return null;
}
