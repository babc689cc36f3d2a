export default function TrueCostPage() {
  return null;
}
