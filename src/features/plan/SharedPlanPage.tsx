export default function SharedPlanPage() {
  return null;
}
