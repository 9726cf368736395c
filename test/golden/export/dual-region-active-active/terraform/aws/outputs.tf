output "aws_use1_vpc_id" {
  description = "VPC of AWS US East (N. Virginia)"
  value       = aws_vpc.aws_use1.id
}

output "aws_use1_transit_gateway_id" {
  description = "Transit gateway of AWS US East (N. Virginia)"
  value       = aws_ec2_transit_gateway.aws_use1.id
}

output "aws_euw1_vpc_id" {
  description = "VPC of AWS EU (Ireland)"
  value       = aws_vpc.aws_euw1.id
}

output "aws_euw1_transit_gateway_id" {
  description = "Transit gateway of AWS EU (Ireland)"
  value       = aws_ec2_transit_gateway.aws_euw1.id
}

output "vpn_fra_euw1_aws_euw1_tunnel1_address" {
  description = "Outside address of tunnel 1 of vpn-fra-euw1"
  value       = aws_vpn_connection.vpn_fra_euw1_aws_euw1.tunnel1_address
}

output "vpn_fra_euw1_aws_euw1_tunnel2_address" {
  description = "Outside address of tunnel 2 of vpn-fra-euw1"
  value       = aws_vpn_connection.vpn_fra_euw1_aws_euw1.tunnel2_address
}
