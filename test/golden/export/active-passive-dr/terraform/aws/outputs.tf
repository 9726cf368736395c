output "aws_euc1_vpc_id" {
  description = "VPC of AWS EU (Frankfurt)"
  value       = aws_vpc.aws_euc1.id
}

output "aws_euc1_transit_gateway_id" {
  description = "Transit gateway of AWS EU (Frankfurt)"
  value       = aws_ec2_transit_gateway.aws_euc1.id
}

output "aws_euw1_vpc_id" {
  description = "VPC of AWS EU (Ireland)"
  value       = aws_vpc.aws_euw1.id
}

output "aws_euw1_transit_gateway_id" {
  description = "Transit gateway of AWS EU (Ireland)"
  value       = aws_ec2_transit_gateway.aws_euw1.id
}

output "muc_vpn_fra_aws_euc1_tunnel1_address" {
  description = "Outside address of tunnel 1 of muc-vpn-fra"
  value       = aws_vpn_connection.muc_vpn_fra_aws_euc1.tunnel1_address
}

output "muc_vpn_fra_aws_euc1_tunnel2_address" {
  description = "Outside address of tunnel 2 of muc-vpn-fra"
  value       = aws_vpn_connection.muc_vpn_fra_aws_euc1.tunnel2_address
}

output "muc_vpn_dub_aws_euw1_tunnel1_address" {
  description = "Outside address of tunnel 1 of muc-vpn-dub"
  value       = aws_vpn_connection.muc_vpn_dub_aws_euw1.tunnel1_address
}

output "muc_vpn_dub_aws_euw1_tunnel2_address" {
  description = "Outside address of tunnel 2 of muc-vpn-dub"
  value       = aws_vpn_connection.muc_vpn_dub_aws_euw1.tunnel2_address
}

output "ops_dns_accelerator_dns_name" {
  description = "Anycast DNS name of Internal DNS"
  value       = aws_globalaccelerator_accelerator.ops_dns.dns_name
}
